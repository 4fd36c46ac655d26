/// A bill sent to a customer.
public struct Invoice: Sendable, Equatable, Codable {
  /// Whether an invoice has been settled.
  public enum Status: String, Sendable, Codable, CaseIterable {
    case paid, unpaid, overdue
    /// Cancelled before it was paid (its order was cancelled): nothing is owed.
    case void

    /// Whether money is still owed (unpaid or overdue).
    public var isDue: Bool { self == .unpaid || self == .overdue }
  }

  /// `INV-1001`.
  public var id: String
  /// `C-1001`.
  public var customerID: String
  /// The order billed, if any.
  public var orderID: Int64?
  /// Amount billed.
  public var amount: Money
  /// Day issued (`yyyy-MM-dd`).
  public var issuedOn: String
  /// Day payment is due (`yyyy-MM-dd`).
  public var dueOn: String
  /// Current status.
  public var status: Status

  /// Creates an invoice.
  public init(
    id: String, customerID: String, orderID: Int64?, amount: Money, issuedOn: String,
    dueOn: String, status: Status
  ) {
    self.id = id
    self.customerID = customerID
    self.orderID = orderID
    self.amount = amount
    self.issuedOn = issuedOn
    self.dueOn = dueOn
    self.status = status
  }

  /// The invoice as it stands on `day` (`yyyy-MM-dd`): an unpaid invoice whose due date has
  /// passed is overdue. Stored statuses are those of the day the records were last updated.
  public func standing(on day: String) -> Invoice {
    guard status == .unpaid, dueOn < day else { return self }
    var late = self
    late.status = .overdue
    return late
  }
}

/// Money received against an invoice.
public struct Payment: Sendable, Equatable, Codable {
  /// `PAY-1001`.
  public var id: String
  /// `INV-1001`.
  public var invoiceID: String
  /// Amount received.
  public var amount: Money
  /// Day received (`yyyy-MM-dd`).
  public var paidOn: String
  /// `card`, `bank_transfer`, `konbini`.
  public var method: String

  /// Creates a payment.
  public init(id: String, invoiceID: String, amount: Money, paidOn: String, method: String) {
    self.id = id
    self.invoiceID = invoiceID
    self.amount = amount
    self.paidOn = paidOn
    self.method = method
  }
}

/// What a customer owes: unpaid and overdue invoices.
public struct AccountBalance: Sendable, Equatable, Codable {
  /// `C-1001`.
  public var customerID: String
  /// Sum of unpaid and overdue invoices.
  public var totalDue: Money
  /// Sum of overdue invoices only.
  public var overdue: Money
  /// The invoices making up the total, by id.
  public var invoices: [Invoice]

  /// Creates a balance.
  public init(customerID: String, totalDue: Money, overdue: Money, invoices: [Invoice]) {
    self.customerID = customerID
    self.totalDue = totalDue
    self.overdue = overdue
    self.invoices = invoices
  }
}
