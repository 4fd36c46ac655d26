import Foundation

/// The back-office records a ``Store`` keeps, read and written without access control.
///
/// The dialogue layer goes through ``BackOffice``, which applies ``AccessPolicy`` and writes the
/// audit log; these requirements are the storage underneath. Ids are display ids (`C-1001`,
/// `INV-1001`); orders are numbers.
public protocol OfficeRecords: Sendable {
  /// Customers whose id or name starts with `prefix` (case-insensitive), by id.
  func customers(matching prefix: String, limit: Int) throws(StoreError) -> [Customer]

  /// Sets a customer's email and/or phone; returns the updated customer, or nil if unknown.
  func updateContact(customerID: String, email: String?, phone: String?) throws(StoreError)
    -> Customer?

  /// The order with its lines and shipment.
  func order(id: Int64) throws(StoreError) -> Order?

  /// A customer's orders, newest first; `openOnly` keeps pending, processing and shipped.
  func orders(customerID: String, openOnly: Bool, limit: Int) throws(StoreError) -> [Order]

  /// The same orders with ids, states, dates and totals only (no lines, no shipment): for lists
  /// that name orders, such as the open orders offered when an order number is asked for.
  func orderSummaries(customerID: String, openOnly: Bool, limit: Int) throws(StoreError)
    -> [Order]

  /// Changes an order's status; returns the order as it is now, or nil if unknown.
  func setOrderStatus(id: Int64, to status: Order.Status) throws(StoreError) -> Order?

  /// Cancels an order and every record it touches in one transaction with `audit`: its unpaid
  /// invoice is voided, a paid one gets an approved refund dated `day` (`yyyy-MM-dd`). Nil when
  /// the order is unknown.
  func cancelOrder(id: Int64, on day: String, audit: AuditEntry) throws(StoreError)
    -> OrderCancellation?

  /// The product with that id (`P-1001`).
  func product(id: String) throws(StoreError) -> Product?

  /// Products whose English or Japanese name matches `name`: exact matches first, then partial
  /// ones, case-insensitive.
  func products(named name: String, limit: Int) throws(StoreError) -> [Product]

  /// The stock of a product in every warehouse, by warehouse name.
  func stock(productID: String) throws(StoreError) -> [StockLevel]

  /// The invoice with that id (`INV-1001`).
  func invoice(id: String) throws(StoreError) -> Invoice?

  /// A customer's invoices, newest first.
  func invoices(customerID: String) throws(StoreError) -> [Invoice]

  /// Payments received for an invoice.
  func payments(invoiceID: String) throws(StoreError) -> [Payment]

  /// Refunds of an order.
  func refunds(orderID: Int64) throws(StoreError) -> [Refund]

  /// Refunds of a customer, newest first.
  func refunds(customerID: String) throws(StoreError) -> [Refund]

  /// Employees whose English or Japanese name contains `name` (case-insensitive), by id.
  func employees(named name: String) throws(StoreError) -> [Employee]

  /// IT accounts whose username is `name`, or whose owner's name contains it.
  func itAccounts(matching name: String) throws(StoreError) -> [ITAccount]

  /// A customer's contracts, by end date.
  func contracts(customerID: String) throws(StoreError) -> [Contract]

  /// A customer's tickets, newest first; `openOnly` drops closed ones.
  func tickets(customerID: String, openOnly: Bool) throws(StoreError) -> [Ticket]

  /// The ticket with that id (`T-1001`).
  func ticket(id: String) throws(StoreError) -> Ticket?

  /// Opens a ticket (status `open`) and returns it with its new id.
  func createTicket(_ ticket: NewTicket, at date: Date) throws(StoreError) -> Ticket

  /// Records a lead (status `new`) and returns it with its new id.
  func createLead(
    customerID: String?, productID: String?, quantity: Int, note: String, at date: Date
  ) throws(StoreError) -> Lead

  /// The last `limit` conversations with a customer, newest first.
  func recentConversations(customerID: String, limit: Int) throws(StoreError)
    -> [ConversationSummary]

  /// Everything about one customer, read at once (see ``Customer360``), or nil if unknown.
  func customerOverview(customerID: String, conversations: Int) throws(StoreError)
    -> Customer360?

  /// Appends one entry to the audit log.
  func appendAudit(_ entry: AuditEntry) throws(StoreError)

  /// The last `limit` audit entries, oldest first.
  func auditLog(limit: Int) throws(StoreError) -> [AuditEntry]
}
