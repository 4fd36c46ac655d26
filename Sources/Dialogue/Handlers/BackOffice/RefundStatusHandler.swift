import IntentMatching
import Office

/// `refund_status`: the refunds of an order, with amount, status and request date.
struct RefundStatusHandler: IntentHandler {
  let name = "refund_status"
  let access: RecordAccess? = (.read, .refunds)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    guard let number = context.orderNumber else {
      return .answer(Replies.badOrderNumber(context))
    }
    let refunds: [Refund]
    switch try context.office.refunds(orderID: number) {
    case .found(let found): refunds = found
    case .notFound: return .answer(Replies.notFound(.order(String(number)), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    guard !refunds.isEmpty else {
      return .answer(
        context.text(
          en: "There is no refund for order \(number).",
          ja: "注文\(number)の返金はありません。"))
    }
    let language = context.language
    let sentences = refunds.map { refund in
      let amount = Formatting.money(refund.amount, language)
      let day = Formatting.date(refund.requestedOn, language)
      let status = Formatting.status(refund.status, language)
      return context.text(
        en:
          "Refund \(refund.id) of \(amount) for order \(number), requested \(day), is \(status)\(Self.next(refund.status, language)).",
        ja:
          "注文\(number)の返金\(refund.id)（\(amount)、\(day)申請）は\(status)です\(Self.next(refund.status, language))。"
      )
    }
    return .answer(sentences.joined(separator: language == .japanese ? "" : " "))
  }

  /// What happens next for a refund in that state.
  private static func next(_ status: Refund.Status, _ language: Language) -> String {
    switch (status, language) {
    case (.approved, .japanese): return "。数営業日以内にお支払い方法へ返金されます"
    case (.approved, _):
      return "; the money goes back to the original payment method within a few business days"
    case (.requested, .japanese): return "。財務チームが確認中です"
    case (.requested, _): return "; the finance team is reviewing it"
    default: return ""
    }
  }
}

extension RefundStatusHandler {
  /// The total of the order's refunds, when the session may see them.
  func amount(for context: HandlerContext) throws -> Double? {
    guard let number = context.orderNumber,
      case .found(let refunds) = try context.office.refunds(orderID: number), !refunds.isEmpty
    else { return nil }
    return Double(refunds.reduce(Int64(0)) { $0 + $1.amount.cents }) / 100
  }
}
