extension BackOffice {
  /// One invoice (`INV-1001`), as it stands on the reference day.
  public func invoice(id: String) throws(StoreError) -> OfficeResult<Invoice> {
    try guardedRead(.invoices, action: "invoice.read", target: id, owner: \.customerID) {
      () throws(StoreError) in try store.invoice(id: id).map(standing)
    }
  }

  /// A customer's invoices, newest first, as they stand on the reference day.
  public func invoices(customerID: String? = nil) throws(StoreError) -> OfficeResult<[Invoice]> {
    try scopedRead(.invoices, action: "invoices.list", customerID: customerID) {
      id throws(StoreError) in try store.invoices(customerID: id).map(standing)
    }
  }

  /// Payments received for an invoice.
  public func payments(invoiceID: String) throws(StoreError) -> OfficeResult<[Payment]> {
    let result = try guardedRead(
      .payments, action: "payments.list", target: invoiceID, owner: \.customerID
    ) { () throws(StoreError) in try store.invoice(id: invoiceID) }
    guard case .found(let invoice) = result else { return result.map { _ in [] } }
    return .found(try store.payments(invoiceID: invoice.id))
  }

  /// Refunds of an order.
  public func refunds(orderID: Int64) throws(StoreError) -> OfficeResult<[Refund]> {
    let result = try guardedRead(
      .refunds, action: "refunds.order", target: String(orderID), owner: \.customerID
    ) { () throws(StoreError) in try store.order(id: orderID) }
    guard case .found = result else { return result.map { _ in [] } }
    return .found(try store.refunds(orderID: orderID))
  }

  /// Refunds of a customer, newest first.
  public func refunds(customerID: String? = nil) throws(StoreError) -> OfficeResult<[Refund]> {
    try scopedRead(.refunds, action: "refunds.customer", customerID: customerID) {
      id throws(StoreError) in try store.refunds(customerID: id)
    }
  }

  /// What a customer owes: the total of unpaid and overdue invoices.
  public func balance(customerID: String? = nil) throws(StoreError)
    -> OfficeResult<AccountBalance>
  {
    try scopedRead(.balances, action: "balance.read", customerID: customerID) {
      id throws(StoreError) in
      Self.balance(of: id, invoices: try store.invoices(customerID: id).map(standing))
    }
  }

  /// The balance over a customer's invoices (due ones, oldest due first).
  package static func balance(of customerID: String, invoices: [Invoice]) -> AccountBalance {
    let due = invoices.filter(\.status.isDue).sorted { ($0.dueOn, $0.id) < ($1.dueOn, $1.id) }
    let currency = due.first?.amount.currency ?? invoices.first?.amount.currency ?? "USD"
    let total = due.reduce(Int64(0)) { $0 + $1.amount.cents }
    let overdue = due.filter { $0.status == .overdue }.reduce(Int64(0)) { $0 + $1.amount.cents }
    return AccountBalance(
      customerID: customerID, totalDue: Money(cents: total, currency: currency),
      overdue: Money(cents: overdue, currency: currency), invoices: due)
  }
}
