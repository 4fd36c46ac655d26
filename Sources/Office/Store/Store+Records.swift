import Foundation

/// Conveniences over ``Store/fetch(_:)`` and ``Store/change(_:)``: one function per question the
/// back office asks, without access control (go through ``BackOffice`` for that).
extension Store {
  /// The customer with that id, if any.
  public func customer(id: String) throws(StoreError) -> Customer? {
    try fetch(.customer(id: id)).customers.first
  }

  /// Customers whose id or name starts with `prefix` (case-insensitive), by id.
  public func customers(matching prefix: String, limit: Int) throws(StoreError) -> [Customer] {
    try fetch(.customers(prefix: prefix, limit: limit)).customers
  }

  /// Sets a customer's email and/or phone; returns the updated customer, or nil if unknown.
  public func updateContact(customerID: String, email: String?, phone: String?)
    throws(StoreError) -> Customer?
  {
    try change(.contact(customerID: customerID, email: email, phone: phone)).customers.first
  }

  /// The order with its lines and shipment.
  public func order(id: Int64) throws(StoreError) -> Order? {
    try fetch(.order(id: id)).orders.first
  }

  /// A customer's orders, newest first; `openOnly` keeps pending, processing and shipped.
  public func orders(customerID: String, openOnly: Bool, limit: Int) throws(StoreError)
    -> [Order]
  {
    try fetch(.orders(customerID: customerID, openOnly: openOnly, limit: limit, summaries: false))
      .orders
  }

  /// The same orders with ids, states, dates and totals only (no lines, no shipment): for lists
  /// that name orders, such as the open orders offered when an order number is asked for.
  public func orderSummaries(customerID: String, openOnly: Bool, limit: Int) throws(StoreError)
    -> [Order]
  {
    try fetch(.orders(customerID: customerID, openOnly: openOnly, limit: limit, summaries: true))
      .orders
  }

  /// Changes an order's status; returns the order as it is now, or nil if unknown.
  public func setOrderStatus(id: Int64, to status: Order.Status) throws(StoreError) -> Order? {
    try change(.orderStatus(id: id, status: status)).orders.first
  }

  /// Cancels an order and every record it touches in one transaction with `audit` (see
  /// ``RecordChange/cancelOrder(id:day:audit:)``). Nil when the order is unknown.
  public func cancelOrder(id: Int64, on day: String, audit: AuditEntry) throws(StoreError)
    -> OrderCancellation?
  {
    try change(.cancelOrder(id: id, day: day, audit: audit)).cancellation
  }

  /// The product with that id (`P-1001`).
  public func product(id: String) throws(StoreError) -> Product? {
    try fetch(.product(id: id)).products.first
  }

  /// Products whose English or Japanese name matches `name`: exact matches first, then partial
  /// ones, case-insensitive.
  public func products(named name: String, limit: Int) throws(StoreError) -> [Product] {
    try fetch(.products(named: name, limit: limit)).products
  }

  /// The stock of a product in every warehouse, by warehouse name.
  public func stock(productID: String) throws(StoreError) -> [StockLevel] {
    try fetch(.stock(productID: productID)).stock
  }

  /// The invoice with that id (`INV-1001`).
  public func invoice(id: String) throws(StoreError) -> Invoice? {
    try fetch(.invoice(id: id)).invoices.first
  }

  /// A customer's invoices, newest first.
  public func invoices(customerID: String) throws(StoreError) -> [Invoice] {
    try fetch(.invoices(customerID: customerID)).invoices
  }

  /// Payments received for an invoice.
  public func payments(invoiceID: String) throws(StoreError) -> [Payment] {
    try fetch(.payments(invoiceID: invoiceID)).payments
  }

  /// Refunds of an order.
  public func refunds(orderID: Int64) throws(StoreError) -> [Refund] {
    try fetch(.orderRefunds(orderID: orderID)).refunds
  }

  /// Refunds of a customer, newest first.
  public func refunds(customerID: String) throws(StoreError) -> [Refund] {
    try fetch(.customerRefunds(customerID: customerID)).refunds
  }

  /// Employees whose English or Japanese name contains `name` (case-insensitive), by id.
  public func employees(named name: String) throws(StoreError) -> [Employee] {
    try fetch(.employees(named: name)).employees
  }

  /// IT accounts whose username is `name`, or whose owner's name contains it.
  public func itAccounts(matching name: String) throws(StoreError) -> [ITAccount] {
    try fetch(.itAccounts(matching: name)).itAccounts
  }

  /// A customer's contracts, by end date.
  public func contracts(customerID: String) throws(StoreError) -> [Contract] {
    try fetch(.contracts(customerID: customerID)).contracts
  }

  /// A customer's tickets, newest first; `openOnly` drops closed ones.
  public func tickets(customerID: String, openOnly: Bool) throws(StoreError) -> [Ticket] {
    try fetch(.tickets(customerID: customerID, openOnly: openOnly)).tickets
  }

  /// The contract with that id (`K-1001`).
  public func contract(id: String) throws(StoreError) -> Contract? {
    try fetch(.contract(id: id)).contracts.first
  }

  /// The ticket with that id (`T-1001`).
  public func ticket(id: String) throws(StoreError) -> Ticket? {
    try fetch(.ticket(id: id)).tickets.first
  }

  /// Opens a ticket (status `open`) and returns it with its new id.
  public func createTicket(_ ticket: NewTicket, at date: Date) throws(StoreError) -> Ticket {
    guard let created = try change(.openTicket(ticket, at: date)).tickets.first else {
      throw StoreError(.failed, message: "the new ticket was not returned by the store")
    }
    return created
  }

  /// Records a lead (status `new`) and returns it with its new id.
  public func createLead(
    customerID: String?, productID: String?, quantity: Int, note: String, at date: Date
  ) throws(StoreError) -> Lead {
    let change = RecordChange.recordLead(
      customerID: customerID, productID: productID, quantity: quantity, note: note, at: date)
    guard let lead = try self.change(change).leads.first else {
      throw StoreError(.failed, message: "the new lead was not returned by the store")
    }
    return lead
  }

  /// The last `limit` conversations with a customer, newest first.
  public func recentConversations(customerID: String, limit: Int) throws(StoreError)
    -> [ConversationSummary]
  {
    try fetch(.recentConversations(customerID: customerID, limit: limit)).conversations
  }

  /// Everything about one customer, read at once (see ``Customer360``), or nil if unknown.
  public func customerOverview(customerID: String, conversations: Int) throws(StoreError)
    -> Customer360?
  {
    try fetch(.overview(customerID: customerID, conversations: conversations)).overview
  }

  /// The last `limit` audit entries, oldest first.
  public func auditLog(limit: Int) throws(StoreError) -> [AuditEntry] {
    try fetch(.auditLog(limit: limit)).audit
  }

  /// Writes every record of `entity` to `sink`, one line at a time, in id order (no access
  /// control: tests and the store's own tools).
  public func export(_ entity: ExportEntity, format: ExportFormat, to sink: (String) -> Void)
    throws(StoreError)
  {
    _ = try export(entity, format: format, customerID: nil, to: sink)
  }
}
