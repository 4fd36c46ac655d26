/// How many records the demo generator wrote, per table.
public struct DemoCounts: Sendable, Equatable {
  /// Table name and row count, in the order the tables were filled.
  public var tables: [(name: String, rows: Int)]

  /// Creates counts.
  public init(tables: [(name: String, rows: Int)] = []) { self.tables = tables }

  /// The rows written to `table` (0 when it was not filled).
  public func rows(_ table: String) -> Int { tables.first { $0.name == table }?.rows ?? 0 }

  /// All rows written.
  public var total: Int { tables.reduce(0) { $0 + $1.rows } }

  public static func == (lhs: DemoCounts, rhs: DemoCounts) -> Bool {
    lhs.tables.map(\.name) == rhs.tables.map(\.name)
      && lhs.tables.map(\.rows) == rhs.tables.map(\.rows)
  }
}
