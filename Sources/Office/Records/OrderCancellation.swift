/// Everything one cancellation changed: the order, its invoice and the refund owed, if any.
///
/// A cancelled order is not owed: its unpaid invoice is voided, and a paid one is refunded (a
/// refund is recorded, approved, for the amount paid). The store makes these changes and the
/// audit entry in one transaction, so the balance, the 360° view and exports agree at once.
public struct OrderCancellation: Sendable, Equatable {
  /// The order, now cancelled.
  public var order: Order
  /// The order's invoice as it is now (void, or still paid when refunded), if it has one.
  public var invoice: Invoice?
  /// The refund recorded for a paid invoice, if any.
  public var refund: Refund?

  /// Creates a cancellation.
  public init(order: Order, invoice: Invoice?, refund: Refund?) {
    self.order = order
    self.invoice = invoice
    self.refund = refund
  }
}
