import Office
import PostgresNIO

extension PostgresStore {
  public func export(
    _ entity: ExportEntity, format: ExportFormat, customerID: String?, to sink: (String) -> Void
  ) throws(StoreError) -> Int {
    let writer = ExportWriter(columns: entity.columns, format: format)
    var sql = entity.query
    var binds: [PostgresData] = []
    if let customerID, entity.belongsToCustomers {
      // An id that is no customer's reads nothing.
      let number = RecordID.customer.parse(customerID) ?? -1
      let select =
        "SELECT " + entity.columns.map(\.expression).joined(separator: ", ") + " FROM "
        + entity.table
      switch entity {
      case .customers:
        (sql, binds) = (select + " WHERE id = $1 ORDER BY id", [int(number)])
      case .orders, .invoices, .tickets, .contracts:
        (sql, binds) = (select + " WHERE customer_id = $1 ORDER BY id", [int(number)])
      case .conversations:
        (sql, binds) = (
          select + " WHERE customer_id = $1 ORDER BY id",
          [string(RecordID.customer.format(number))]
        )
      case .messages:
        (sql, binds) = (
          select
            + " WHERE conversation_id IN (SELECT id FROM conversations WHERE customer_id = $1)"
            + " ORDER BY id", [string(RecordID.customer.format(number))]
        )
      case .products, .employees:
        break
      }
    }
    if let header = writer.header { sink(header) }
    let found = try read { () throws(StoreError) in try rows(sql, binds) }
    for row in found {
      sink(writer.line(try row.map { cell throws(StoreError) in try Self.value(cell) }))
    }
    return found.count
  }

  /// A cell as the value a database stores: integers, reals, text or null.
  static func value(_ cell: PostgresCell) throws(StoreError) -> StoredValue {
    guard cell.bytes != nil else { return .null }
    do {
      switch cell.dataType {
      case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
      case .float4, .float8: return .real(try cell.decode(Double.self))
      case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
      default: return .text(try cell.decode(String.self))
      }
    } catch {
      throw StoreError(
        .failed, message: "PostgreSQL: column \(cell.columnName) could not be read for export")
    }
  }
}
