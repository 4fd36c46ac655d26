import IntentMatching
import Office

/// Reads the order a request names, turning a missing, hidden or forbidden one into a reply.
enum OrderLookup {
  /// The order of the `order_id` slot, or the reply that explains why there is none.
  static func order(_ context: HandlerContext) throws -> Result<Order, Refusal> {
    guard let number = context.orderNumber else {
      return .failure(Refusal(Replies.badOrderNumber(context)))
    }
    switch try context.office.order(id: number) {
    case .found(let order): return .success(order)
    case .notFound:
      // Echoed as typed ("0012" stays "0012"): the number the user gave, not one made of it.
      let typed = context.slot("order_id")?.filter { $0.isASCII && $0.isNumber }
      return .failure(Refusal(Replies.notFound(.order(typed ?? String(number)), context)))
    case .forbidden(let roles): return .failure(Refusal(Replies.forbidden(roles, context)))
    }
  }

  /// What was ordered, in a few words: `2 × Wireless Mouse, 1 × USB-C Hub`.
  static func summary(of order: Order, _ language: Language) -> String {
    let items = order.lines.prefix(3).map { line in
      let name = language == .japanese ? line.productNameJA : line.productNameEN
      return line.quantity == 1 ? name : "\(line.quantity) × \(name)"
    }
    let more = order.lines.count - items.count
    var text = Formatting.list(Array(items), language)
    if more > 0 { text += language == .japanese ? " ほか\(more)点" : " and \(more) more" }
    return text
  }
}

/// A reply that ends a request early (a missing record, a refusal, bad input).
struct Refusal: Error {
  /// The reply.
  var reply: String

  init(_ reply: String) { self.reply = reply }
}
