import GRDB

extension SQLiteStore {
  public func export(
    _ entity: ExportEntity, format: ExportFormat, customerID: String?,
    to sink: (String) -> Void
  ) throws(StoreError) -> Int {
    let writer = ExportWriter(columns: entity.columns, format: format)
    var sql = entity.query
    var arguments = StatementArguments()
    if let customerID, entity.belongsToCustomers {
      // An id that is no customer's reads nothing.
      (sql, arguments) = entity.query(customer: RecordID.customer.parse(customerID) ?? -1)
    }
    if let header = writer.header { sink(header) }
    return try read { db in
      var rows = 0
      let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try cursor.next() {
        sink(writer.line(row))
        rows += 1
      }
      return rows
    }
  }
}
