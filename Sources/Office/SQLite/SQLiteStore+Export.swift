import GRDB

extension SQLiteStore {
  public func export(_ entity: ExportEntity, format: ExportFormat, to sink: (String) -> Void)
    throws(StoreError)
  {
    let writer = ExportWriter(columns: entity.columns, format: format)
    if let header = writer.header { sink(header) }
    try read { db in
      let cursor = try Row.fetchCursor(db, sql: entity.query)
      while let row = try cursor.next() {
        sink(writer.line(row))
      }
    }
  }
}
