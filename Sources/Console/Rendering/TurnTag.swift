import Dialogue

/// The dim tag after a reply in the interactive console: the intent acted on and why.
///
/// `[order_status 0.93]` when the matcher chose the intent (its own confidence);
/// `[order_status: answers order_id]`, `[order_status: follow-up]`, `[cancel_order: yes]` when the
/// conversation decided, so no confidence is shown that the matcher did not give.
enum TurnTag {
  /// The tag's text, without brackets' styling.
  static func text(for turn: Turn) -> String {
    let decision = turn.decision
    switch decision.kind {
    case .slotAnswer:
      return "[\(decision.intent): answers \(decision.answeredSlot ?? "a question")]"
    case .followUp: return "[\(decision.intent): follow-up]"
    case .confirmed: return "[\(decision.intent): yes]"
    case .declined: return "[\(decision.intent): no]"
    case .cardNumber: return "[card number masked]"
    case .newRequest, .refused, .outOfScope:
      let confidence = decision.confidence ?? decision.matcher.confidence
      return "[\(decision.intent) \(ConsoleController.format(confidence))]"
    }
  }
}
