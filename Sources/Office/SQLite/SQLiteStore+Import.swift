import GRDB

extension SQLiteStore {
  public func bulkWrite(_ body: (any TableWriter) throws(StoreError) -> Bool) throws(StoreError)
    -> Bool
  {
    groupCache.forget()
    defer { groupCache.forget() }
    do {
      return try writer.writeWithoutTransaction { db in
        try db.execute(sql: "BEGIN IMMEDIATE")
        let tables = SQLiteTableWriter(db, path: path)
        do {
          guard try body(tables) else {
            try db.execute(sql: "ROLLBACK")
            return false
          }
          try db.execute(sql: "COMMIT")
          return true
        } catch {
          if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
          throw error
        }
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(wrapping: error, path: path)
    }
  }
}

/// The ``TableWriter`` of one SQLite transaction: one prepared upsert per table, bound through
/// SQLite's C API.
final class SQLiteTableWriter: TableWriter {
  private let db: Database
  private let path: String
  private var statements: [String: Statement] = [:]

  init(_ db: Database, path: String) {
    self.db = db
    self.path = path
  }

  func empty(_ table: String) throws(StoreError) {
    try run { try db.execute(sql: "DELETE FROM \(table)") }
  }

  func upsert(_ row: [StoredValue], into table: String, columns: [String], key: [String])
    throws(StoreError)
  {
    try run {
      let statement = try statement(table, columns: columns, key: key)
      try statement.executeBound(row.map(BoundValue.init), in: db)
    }
  }

  func update(_ row: [StoredValue], in table: String, columns: [String], key: [String])
    throws(StoreError)
  {
    try run {
      let sets = columns.filter { !key.contains($0) }
      let sql =
        "UPDATE \(table) SET " + sets.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE "
        + key.map { "\($0) = ?" }.joined(separator: " AND ")
      let values =
        zip(columns, row).filter { !key.contains($0.0) }.map(\.1)
        + key.compactMap { columns.firstIndex(of: $0) }.map { row[$0] }
      try db.cachedStatement(sql: sql).executeBound(values.map(BoundValue.init), in: db)
    }
  }

  func integers(_ column: String, in table: String) throws(StoreError) -> Set<Int64> {
    try run {
      var found = Set<Int64>()
      let cursor = try Int64.fetchCursor(
        db, sql: "SELECT \(column) FROM \(table) WHERE \(column) IS NOT NULL")
      while let value = try cursor.next() { found.insert(value) }
      return found
    }
  }

  /// The prepared upsert of `table` (one set of columns per table).
  private func statement(_ table: String, columns: [String], key: [String]) throws -> Statement {
    let name = table + "(" + columns.joined(separator: ",") + ")"
    if let statement = statements[name] { return statement }
    let statement = try db.makeStatement(sql: Self.upsertSQL(table, columns: columns, key: key))
    statements[name] = statement
    return statement
  }

  /// `INSERT ... ON CONFLICT (key) DO UPDATE SET ...` (or `DO NOTHING` when every column is key).
  static func upsertSQL(_ table: String, columns: [String], key: [String]) -> String {
    let others = columns.filter { !key.contains($0) }
    let action =
      others.isEmpty
      ? "DO NOTHING"
      : "DO UPDATE SET " + others.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
    return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
      + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ") ON CONFLICT ("
      + key.joined(separator: ", ") + ") " + action
  }

  private func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
    do {
      return try body()
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(wrapping: error, path: path)
    }
  }
}

extension BoundValue {
  init(_ value: StoredValue) {
    switch value {
    case .null: self = .null
    case .integer(let number): self = .integer(number)
    case .real(let number): self = .real(number)
    case .text(let text): self = .text(text)
    }
  }
}
