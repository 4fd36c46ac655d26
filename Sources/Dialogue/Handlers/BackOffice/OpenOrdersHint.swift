import IntentMatching
import Office

/// The open orders of the session's customer as a hint for an order number.
enum OpenOrdersHint {
  /// `Open orders: 1002 (shipped), 1003 (processing).`, or nil when there are none or the
  /// session has no customer or may not read orders.
  static func text(_ context: HandlerContext, cancellableOnly: Bool = false) throws -> String? {
    guard context.settings.customerID != nil,
      case .found(var orders) = try context.office.openOrders(limit: 5, details: false)
    else { return nil }
    if cancellableOnly { orders = orders.filter(\.status.isCancellable) }
    guard !orders.isEmpty else { return nil }
    let items = orders.map { order in
      let status = Formatting.status(order.status, context.language)
      return context.language == .japanese ? "\(order.id)（\(status)）" : "\(order.id) (\(status))"
    }
    return context.text(
      en: "Open orders: \(items.joined(separator: ", ")).",
      ja: "受付中のご注文：\(items.joined(separator: "、"))。")
  }
}

extension OrderStatusHandler {
  func hint(for slot: String, _ context: HandlerContext) throws -> String? {
    slot == "order_id" ? try OpenOrdersHint.text(context) : nil
  }
}

extension TrackShipmentHandler {
  func hint(for slot: String, _ context: HandlerContext) throws -> String? {
    slot == "order_id" ? try OpenOrdersHint.text(context) : nil
  }
}

extension CancelOrderHandler {
  func hint(for slot: String, _ context: HandlerContext) throws -> String? {
    slot == "order_id" ? try OpenOrdersHint.text(context, cancellableOnly: true) : nil
  }
}
