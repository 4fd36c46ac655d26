import Foundation
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
      if let (condition, display) = entity.customerCondition {
        sql =
          entity.select + " WHERE " + condition.replacingOccurrences(of: "?", with: "$1")
          + " ORDER BY " + entity.key.joined(separator: ", ")
        binds = [display ? string(RecordID.customer.format(number)) : int(number)]
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
  static func value(_ sent: PostgresCell) throws(StoreError) -> StoredValue {
    guard sent.bytes != nil else { return .null }
    let cell = sent.asSent
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
