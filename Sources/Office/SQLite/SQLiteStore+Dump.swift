import GRDB

extension SQLiteStore {
  /// The tables holding records, parents before children (the order a copy inserts them in).
  package static let recordTables = [
    "customers", "products", "stock", "orders", "order_lines", "shipments", "invoices",
    "payments", "refunds", "employees", "it_accounts", "contracts", "tickets", "leads",
    "conversations", "messages", "audit_log", "message_hourly", "message_daily",
  ]

  /// Every row of `table`, with its column names, in rowid (or primary-key) order.
  public func dump(_ table: String) throws(StoreError) -> StoredTable {
    try read { db in
      let columns = try db.columns(in: table).map(\.name)
      var rows: [[StoredValue]] = []
      let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \(table)")
      while let row = try cursor.next() {
        rows.append(row.databaseValues.map(StoredValue.init))
      }
      return StoredTable(name: table, columns: columns, rows: rows)
    }
  }
}
