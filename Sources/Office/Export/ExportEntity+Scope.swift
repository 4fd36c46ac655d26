import GRDB

extension ExportEntity {
  /// The records an export of this entity reads, as the access policy names them.
  public var resource: AccessResource {
    switch self {
    case .customers: return .customers
    case .orders: return .orders
    case .invoices: return .invoices
    case .products: return .products
    case .tickets: return .tickets
    case .conversations, .messages: return .conversations
    case .employees: return .employees
    case .contracts: return .contracts
    }
  }

  /// Whether the records belong to customers, so that a customer's export keeps only their own
  /// (products are the catalog, employees nobody's account).
  public var belongsToCustomers: Bool {
    switch self {
    case .customers, .orders, .invoices, .tickets, .conversations, .messages, .contracts:
      return true
    case .products, .employees:
      return false
    }
  }

  /// The query reading the records of one customer (`number` is 1001 for `C-1001`), in id order.
  func query(customer number: Int64) -> (sql: String, arguments: StatementArguments) {
    let select = "SELECT " + columns.map(\.expression).joined(separator: ", ") + " FROM " + table
    let display = RecordID.customer.format(number)
    switch self {
    case .customers:
      return (select + " WHERE id = ? ORDER BY id", [number])
    case .orders, .invoices, .tickets, .contracts:
      return (select + " WHERE customer_id = ? ORDER BY id", [number])
    case .conversations:
      return (select + " WHERE customer_id = ? ORDER BY id", [display])
    case .messages:
      return (
        select
          + " WHERE conversation_id IN (SELECT id FROM conversations WHERE customer_id = ?)"
          + " ORDER BY id", [display]
      )
    case .products, .employees:
      return (query, [])
    }
  }
}
