import GRDB

extension ExportEntity {
  /// The records an export of this entity reads, as the access policy names them.
  public var resource: AccessResource {
    switch self {
    case .customers: return .customers
    case .orders, .orderLines, .shipments: return .orders
    case .invoices: return .invoices
    case .payments: return .payments
    case .refunds: return .refunds
    case .products: return .products
    case .stock: return .stock
    case .tickets: return .tickets
    case .leads: return .leads
    case .conversations, .messages: return .conversations
    case .employees, .leave: return .employees
    case .itAccounts: return .itAccounts
    case .contracts: return .contracts
    case .audit: return .auditLog
    }
  }

  /// Whether the records belong to customers, so that a customer's export keeps only their own
  /// (products and stock are the catalog, employees and IT accounts nobody's account).
  public var belongsToCustomers: Bool { customerCondition != nil }

  /// The condition keeping one customer's records, with one `?` for the customer, and whether
  /// that `?` is the display id (`C-1001`, the log's columns) rather than the number (1001).
  package var customerCondition: (sql: String, display: Bool)? {
    switch self {
    case .customers: return ("id = ?", false)
    case .orders, .invoices, .tickets, .contracts, .refunds, .leads:
      return ("customer_id = ?", false)
    case .orderLines, .shipments:
      return ("order_id IN (SELECT id FROM orders WHERE customer_id = ?)", false)
    case .payments:
      return ("invoice_id IN (SELECT id FROM invoices WHERE customer_id = ?)", false)
    case .conversations, .audit: return ("customer_id = ?", true)
    case .messages:
      return ("conversation_id IN (SELECT id FROM conversations WHERE customer_id = ?)", true)
    case .products, .stock, .employees, .leave, .itAccounts:
      return nil
    }
  }

  /// The query reading the records of one customer (`number` is 1001 for `C-1001`), in key order.
  func query(customer number: Int64) -> (sql: String, arguments: StatementArguments) {
    guard let (condition, display) = customerCondition else { return (query, []) }
    let order = " ORDER BY " + key.joined(separator: ", ")
    let argument: any DatabaseValueConvertible =
      display ? RecordID.customer.format(number) : number
    return (select + " WHERE " + condition + order, [argument])
  }
}
