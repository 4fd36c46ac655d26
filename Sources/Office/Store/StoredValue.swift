/// One column's value as a database stores it, whichever the backend: for copying records
/// between backends (the demo company seeded into PostgreSQL, `db copy`).
package enum StoredValue: Sendable, Equatable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}

/// The rows of one table: its column names and every row's values in that order.
package struct StoredTable: Sendable {
  /// The table's name.
  package var name: String
  /// Column names, in the order of each row's values.
  package var columns: [String]
  /// The rows, in primary-key order.
  package var rows: [[StoredValue]]
}
