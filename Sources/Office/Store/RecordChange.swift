import Foundation

/// A business change of back-office records (``Store/change(_:)``), made in one transaction.
/// The answer is the ``Records`` case named in each comment, empty when the record is unknown.
public enum RecordChange: Sendable {
  /// Sets a customer's email and/or phone (`customers`: the updated customer).
  case contact(customerID: String, email: String?, phone: String?)
  /// Changes an order's status (`orders`: the order as it is now).
  case orderStatus(id: Int64, status: Order.Status)
  /// Cancels an order and every record it touches with `audit`: its unpaid invoice is voided,
  /// a paid one gets an approved refund dated `day` (`yyyy-MM-dd`) (`cancellation`).
  case cancelOrder(id: Int64, day: String, audit: AuditEntry)
  /// Opens a ticket, status `open` (`tickets`: the ticket with its new id).
  case openTicket(NewTicket, at: Date)
  /// Records a lead, status `new` (`leads`: the lead with its new id).
  case recordLead(customerID: String?, productID: String?, quantity: Int, note: String, at: Date)
}
