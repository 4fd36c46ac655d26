import IntentMatching
import Office

/// `cancel_order`: asks for a yes before cancelling a pending or processing order; refuses shipped,
/// delivered and returned ones. The change goes through ``BackOffice/cancelOrder(id:)``, which
/// writes it to the audit log.
struct CancelOrderHandler: IntentHandler {
  let name = "cancel_order"
  let access: RecordAccess? = (.write, .orders)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    let order: Order
    switch try OrderLookup.order(context) {
    case .failure(let refusal): return .answer(refusal.reply)
    case .success(let found): order = found
    }
    if let refusal = Self.refusal(for: order, context) { return .answer(refusal) }
    let placed = Formatting.date(order.placedOn, context.language)
    let total = Formatting.money(order.total, context.language)
    let items = OrderLookup.summary(of: order, context.language)
    let question = context.text(
      en:
        "Cancel order \(order.id) (placed \(placed), \(items), \(total))? Please answer yes or no.",
      ja: "注文\(order.id)（\(placed)ご注文、\(items)、合計\(total)）をキャンセルしますか？「はい」か「いいえ」でお答えください。"
    )
    let confirmation = Confirmation(
      intent: context.intent.name, slots: context.slots,
      onYes: { context in try Self.cancel(order.id, context) },
      onNo: { context in
        context.text(
          en: "All right, order \(order.id) stays as it is.",
          ja: "承知しました。注文\(order.id)はそのままにしておきます。")
      })
    return .confirm(question: question, confirmation)
  }

  /// Cancels the order after the yes (its state is read again: it may have moved on).
  static func cancel(_ id: Int64, _ context: HandlerContext) throws -> HandlerOutcome {
    switch try context.office.cancelOrder(id: id) {
    case .notFound: return .answer(Replies.notFound(.order(String(id)), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    case .found(.cancelled(let cancellation)):
      return .answer(confirmation(of: cancellation, context))
    case .found(.alreadyCancelled(let order)), .found(.notCancellable(let order)):
      return .answer(refusal(for: order, context) ?? "")
    }
  }

  /// What the cancellation changed, in the user's language: the invoice voided, or the refund.
  static func confirmation(of cancellation: OrderCancellation, _ context: HandlerContext)
    -> String
  {
    let order = cancellation.order
    let total = Formatting.money(order.total, context.language)
    if let refund = cancellation.refund {
      let amount = Formatting.money(refund.amount, context.language)
      return context.text(
        en:
          "Order \(order.id) is now cancelled. It was already paid, so refund \(refund.id) of \(amount) is approved.",
        ja: "注文\(order.id)をキャンセルしました。お支払い済みのため、返金\(refund.id)（\(amount)）を承認しました。")
    }
    if let invoice = cancellation.invoice, invoice.status == .void {
      return context.text(
        en:
          "Order \(order.id) is now cancelled. Invoice \(invoice.id) (\(total)) is void: nothing is owed for it.",
        ja: "注文\(order.id)をキャンセルしました。請求書\(invoice.id)（\(total)）は取り消され、お支払いは不要です。")
    }
    return context.text(
      en: "Order \(order.id) is now cancelled. Nothing was billed for it.",
      ja: "注文\(order.id)をキャンセルしました。このご注文への請求はありません。")
  }

  /// Why an order cannot be cancelled, or nil when it can.
  static func refusal(for order: Order, _ context: HandlerContext) -> String? {
    let status = Formatting.status(order.status, context.language)
    switch order.status {
    case .pending, .processing:
      return nil
    case .cancelled:
      return context.text(
        en: "Order \(order.id) is already cancelled; nothing changed.",
        ja: "注文\(order.id)はすでにキャンセル済みです。変更はありません。")
    case .shipped, .delivered, .returned:
      return context.text(
        en:
          "Order \(order.id) can no longer be cancelled: it is already \(status). You can return it once it arrives (see our return policy).",
        ja: "注文\(order.id)はすでに\(status)のため、キャンセルできません。お届け後に返品のお手続きが可能です（返品ポリシーをご覧ください）。"
      )
    }
  }
}
