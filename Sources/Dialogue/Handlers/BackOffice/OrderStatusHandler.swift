import IntentMatching
import Office

/// `order_status`: where an order is, with its real dates, contents and total.
struct OrderStatusHandler: IntentHandler {
  let name = "order_status"
  let access: RecordAccess? = (.read, .orders)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    switch try OrderLookup.order(context) {
    case .failure(let refusal): return .answer(refusal.reply)
    case .success(let order): return .answer(Self.describe(order, context))
    }
  }

  /// One or two sentences on the order's state.
  static func describe(_ order: Order, _ context: HandlerContext) -> String {
    let language = context.language
    let placed = Formatting.date(order.placedOn, language)
    let total = Formatting.money(order.total, language)
    let items = OrderLookup.summary(of: order, language)
    let status = Formatting.status(order.status, language)
    let id = order.id
    var en = "Order \(id) (placed \(placed), \(items), \(total)) is \(status)"
    var ja = "注文\(id)（\(placed)ご注文、\(items)、合計\(total)）は\(status)です"
    switch order.status {
    case .shipped:
      if let shipment = order.shipment {
        let eta = Formatting.date(shipment.estimatedDelivery, language)
        let shipped = Formatting.date(shipment.shippedOn, language)
        en += ": it left on \(shipped) with \(shipment.carrier) and should arrive by \(eta)"
        ja += "。\(shipped)に\(shipment.carrier)で発送し、\(eta)までにお届け予定です"
      }
    case .delivered:
      if let day = order.shipment?.deliveredOn {
        en += " since \(Formatting.date(day, language))"
        ja = "注文\(id)（\(placed)ご注文、\(items)、合計\(total)）は\(Formatting.date(day, language))に配達済みです"
      }
    case .pending, .processing:
      en += "; it has not shipped yet"
      ja += "。まだ発送されていません"
    case .cancelled, .returned:
      break
    }
    return context.text(en: en + ".", ja: ja + "。")
  }
}

/// `track_shipment`: carrier, tracking number and delivery dates of a shipped order.
struct TrackShipmentHandler: IntentHandler {
  let name = "track_shipment"
  let access: RecordAccess? = (.read, .orders)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    let order: Order
    switch try OrderLookup.order(context) {
    case .failure(let refusal): return .answer(refusal.reply)
    case .success(let found): order = found
    }
    let language = context.language
    guard let shipment = order.shipment else {
      let status = Formatting.status(order.status, language)
      return .answer(
        context.text(
          en:
            "Order \(order.id) has not shipped yet (it is \(status)), so there is no tracking number.",
          ja: "注文\(order.id)はまだ発送されていないため（\(status)）、追跡番号はありません。"))
    }
    let shipped = Formatting.date(shipment.shippedOn, language)
    let carrier = shipment.carrier
    let number = shipment.trackingNumber
    if let delivered = shipment.deliveredOn {
      let day = Formatting.date(delivered, language)
      return .answer(
        context.text(
          en:
            "Order \(order.id) was delivered on \(day) by \(carrier) (tracking number \(number), shipped \(shipped)).",
          ja: "注文\(order.id)は\(day)に\(carrier)で配達済みです（追跡番号 \(number)、\(shipped)発送）。"))
    }
    let eta = Formatting.date(shipment.estimatedDelivery, language)
    let status = order.status == .returned ? Formatting.status(order.status, language) : nil
    if let status {
      return .answer(
        context.text(
          en:
            "Order \(order.id) is \(status); it went out on \(shipped) with \(carrier), tracking number \(number).",
          ja: "注文\(order.id)は\(status)です。\(shipped)に\(carrier)で発送されました（追跡番号 \(number)）。"))
    }
    return .answer(
      context.text(
        en:
          "Order \(order.id) shipped on \(shipped) with \(carrier), tracking number \(number); expected delivery \(eta).",
        ja: "注文\(order.id)は\(shipped)に\(carrier)で発送済みです。追跡番号は\(number)、お届け予定日は\(eta)です。"))
  }
}
