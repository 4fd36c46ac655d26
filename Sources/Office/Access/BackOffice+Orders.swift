extension BackOffice {
  /// One order with its lines and shipment.
  public func order(id: Int64) throws(StoreError) -> OfficeResult<Order> {
    try guardedRead(.orders, action: "order.read", target: String(id), owner: \.customerID) {
      () throws(StoreError) in try store.order(id: id)
    }
  }

  /// A customer's pending, processing and shipped orders, newest first (the session's customer
  /// when `customerID` is nil).
  public func openOrders(customerID: String? = nil, limit: Int = 20, details: Bool = true)
    throws(StoreError) -> OfficeResult<[Order]>
  {
    try scopedRead(.orders, action: "orders.open", customerID: customerID) {
      id throws(StoreError) in
      details
        ? try store.orders(customerID: id, openOnly: true, limit: limit)
        : try store.orderSummaries(customerID: id, openOnly: true, limit: limit)
    }
  }

  /// A customer's orders in any state, newest first.
  public func orders(customerID: String? = nil, limit: Int = 20) throws(StoreError)
    -> OfficeResult<[Order]>
  {
    try scopedRead(.orders, action: "orders.list", customerID: customerID) {
      id throws(StoreError) in try store.orders(customerID: id, openOnly: false, limit: limit)
    }
  }

  /// Cancels an order that is pending or processing; refuses shipped, delivered and returned
  /// ones. The order, its invoice (voided, or refunded when paid) and the audit entry change in
  /// one transaction.
  public func cancelOrder(id: Int64) throws(StoreError) -> OfficeResult<CancelOutcome> {
    let action = "order.cancel"
    let target = String(id)
    if let roles = try refusal(.write, .orders, action: action, target: target) {
      return .forbidden(required: roles)
    }
    guard let order = try store.order(id: id) else {
      try audit(action, target, allowed: true, "not found")
      return .notFound
    }
    if AccessPolicy.ownRecordsOnly(principal.role) && order.customerID != principal.customerID {
      try audit(action, target, allowed: false, "record of another customer")
      return .notFound
    }
    switch order.status {
    case .cancelled:
      try audit(action, target, allowed: true, "already cancelled")
      return .found(.alreadyCancelled(order))
    case .shipped, .delivered, .returned:
      try audit(action, target, allowed: true, "refused: order is \(order.status.rawValue)")
      return .found(.notCancellable(order))
    case .pending, .processing:
      let entry = AuditEntry(
        at: clock(), actor: principal.auditName, role: principal.role, action: action,
        target: target, allowed: true,
        detail: "status \(order.status.rawValue) -> cancelled; invoice voided or refunded",
        customerID: principal.customerID)
      let day = referenceDay ?? String(StoredTime.text(clock()).prefix(10))
      guard let cancelled = try store.cancelOrder(id: id, on: day, audit: entry) else {
        return .notFound
      }
      observer?(entry)
      return .found(.cancelled(cancelled))
    }
  }
}
