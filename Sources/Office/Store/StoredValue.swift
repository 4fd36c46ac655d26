/// One column's value as a database stores it, whichever the backend: for copying records
/// between backends (the demo company seeded into PostgreSQL, `db copy`) and importing them.
public enum StoredValue: Sendable, Equatable, Hashable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}

/// The rows of one table: its column names and every row's values in that order.
public struct StoredTable: Sendable {
  /// The table's name.
  public var name: String
  /// Column names, in the order of each row's values.
  public var columns: [String]
  /// The rows, in primary-key order.
  public var rows: [[StoredValue]]

  /// A table of `rows` under `columns`.
  public init(name: String, columns: [String], rows: [[StoredValue]]) {
    self.name = name
    self.columns = columns
    self.rows = rows
  }
}
