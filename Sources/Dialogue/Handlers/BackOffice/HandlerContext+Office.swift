import IntentMatching
import Office

extension BackOffice {
  /// The back office as a session sees it: its role, customer and agent, stamped by `clock`.
  static func of(
    _ settings: SessionSettings, store: any Store, clock: any Clock, referenceDay: String?,
    trail: ActionTrail? = nil
  ) -> BackOffice {
    var observer: (@Sendable (AuditEntry) -> Void)?
    if let trail { observer = { entry in trail.record(entry) } }
    return BackOffice(
      store: store,
      principal: Principal(
        role: settings.role, customerID: settings.customerID, agent: settings.agent),
      clock: { clock.now() }, referenceDay: referenceDay, observer: observer)
  }
}

extension DialogueEngine {
  /// The back office as `settings` see it on this engine (the console's `/customer`).
  public func office(for settings: SessionSettings) -> BackOffice {
    BackOffice.of(settings, store: store, clock: clock, referenceDay: referenceDay)
  }
}

extension HandlerContext {
  /// The back office as this session sees it: its role, customer and agent, stamped by its clock.
  var office: BackOffice {
    BackOffice.of(settings, store: store, clock: clock, referenceDay: referenceDay, trail: trail)
  }

  /// The slot's value with surrounding spaces removed, or nil when missing or empty.
  func slot(_ name: String) -> String? {
    guard let value = slots[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
      return nil
    }
    return value
  }

  /// The `order_id` slot as an order number (`1002`, `#1002`, `order 1002`).
  var orderNumber: Int64? {
    guard let text = slot("order_id") else { return nil }
    let digits = text.filter { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 18, let number = Int64(digits), number > 0 else {
      return nil
    }
    return number
  }

  /// The customer a request is about: the `customer_id` slot, else the session's customer.
  var customerID: String? {
    slot("customer_id") ?? settings.customerID
  }
}
