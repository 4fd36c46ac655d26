/// Everything an agent needs about one customer on one screen.
public struct Customer360: Sendable, Equatable {
  /// The profile.
  public var customer: Customer
  /// Pending, processing and shipped orders, newest first.
  public var openOrders: [Order]
  /// Unpaid and overdue invoices, oldest due first.
  public var unpaidInvoices: [Invoice]
  /// Sum of `unpaidInvoices`.
  public var totalDue: Money
  /// Tickets not closed, newest first.
  public var openTickets: [Ticket]
  /// Contracts, by end date.
  public var contracts: [Contract]
  /// The last five conversations, newest first.
  public var recentConversations: [ConversationSummary]

  /// Creates a customer view.
  public init(
    customer: Customer, openOrders: [Order], unpaidInvoices: [Invoice], totalDue: Money,
    openTickets: [Ticket], contracts: [Contract], recentConversations: [ConversationSummary]
  ) {
    self.customer = customer
    self.openOrders = openOrders
    self.unpaidInvoices = unpaidInvoices
    self.totalDue = totalDue
    self.openTickets = openTickets
    self.contracts = contracts
    self.recentConversations = recentConversations
  }
}
