/// Money going back to a customer for an order.
public struct Refund: Sendable, Equatable, Codable {
  /// Where a refund is in its life.
  public enum Status: String, Sendable, Codable, CaseIterable {
    case requested, approved, paid, rejected
  }

  /// `R-1001`.
  public var id: String
  /// The order refunded.
  public var orderID: Int64
  /// `C-1001`.
  public var customerID: String
  /// Amount.
  public var amount: Money
  /// Current status.
  public var status: Status
  /// Day requested (`yyyy-MM-dd`).
  public var requestedOn: String

  /// Creates a refund.
  public init(
    id: String, orderID: Int64, customerID: String, amount: Money, status: Status,
    requestedOn: String
  ) {
    self.id = id
    self.orderID = orderID
    self.customerID = customerID
    self.amount = amount
    self.status = status
    self.requestedOn = requestedOn
  }
}
