/// What a ``Store`` read or change answers: one kind of record per case.
public enum Records: Sendable {
  /// Customers.
  case customers([Customer])
  /// Orders.
  case orders([Order])
  /// Products.
  case products([Product])
  /// Stock levels.
  case stock([StockLevel])
  /// Invoices.
  case invoices([Invoice])
  /// Payments.
  case payments([Payment])
  /// Refunds.
  case refunds([Refund])
  /// Employees.
  case employees([Employee])
  /// IT accounts.
  case itAccounts([ITAccount])
  /// Contracts.
  case contracts([Contract])
  /// Tickets.
  case tickets([Ticket])
  /// Leads.
  case leads([Lead])
  /// Conversation summaries.
  case conversations([ConversationSummary])
  /// A customer overview (nil: no such customer).
  case overview(Customer360?)
  /// Audit entries.
  case audit([AuditEntry])
  /// A cancellation (nil: no such order).
  case cancellation(OrderCancellation?)

  /// The customers, or none when these are other records.
  public var customers: [Customer] { if case .customers(let list) = self { list } else { [] } }
  /// The orders, or none.
  public var orders: [Order] { if case .orders(let list) = self { list } else { [] } }
  /// The products, or none.
  public var products: [Product] { if case .products(let list) = self { list } else { [] } }
  /// The stock levels, or none.
  public var stock: [StockLevel] { if case .stock(let list) = self { list } else { [] } }
  /// The invoices, or none.
  public var invoices: [Invoice] { if case .invoices(let list) = self { list } else { [] } }
  /// The payments, or none.
  public var payments: [Payment] { if case .payments(let list) = self { list } else { [] } }
  /// The refunds, or none.
  public var refunds: [Refund] { if case .refunds(let list) = self { list } else { [] } }
  /// The employees, or none.
  public var employees: [Employee] { if case .employees(let list) = self { list } else { [] } }
  /// The IT accounts, or none.
  public var itAccounts: [ITAccount] {
    if case .itAccounts(let list) = self { list } else { [] }
  }
  /// The contracts, or none.
  public var contracts: [Contract] { if case .contracts(let list) = self { list } else { [] } }
  /// The tickets, or none.
  public var tickets: [Ticket] { if case .tickets(let list) = self { list } else { [] } }
  /// The leads, or none.
  public var leads: [Lead] { if case .leads(let list) = self { list } else { [] } }
  /// The conversation summaries, or none.
  public var conversations: [ConversationSummary] {
    if case .conversations(let list) = self { list } else { [] }
  }
  /// The customer overview, if that is what these are.
  public var overview: Customer360? { if case .overview(let value) = self { value } else { nil } }
  /// The audit entries, or none.
  public var audit: [AuditEntry] { if case .audit(let list) = self { list } else { [] } }
  /// The cancellation, if that is what these are.
  public var cancellation: OrderCancellation? {
    if case .cancellation(let value) = self { value } else { nil }
  }
}
