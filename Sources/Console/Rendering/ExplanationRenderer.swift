import Dialogue
import IntentMatching

/// Prints `/why`: the decision used for the last line, then the matcher's view of the line (the
/// top intents, their scores, the threshold and the features behind each).
enum ExplanationRenderer {
  /// The text for the last line, the decision made for it and the matcher's `explanation`.
  static func render(
    _ explanation: Explanation, utterance: String, decision: TurnDecision? = nil
  ) -> String {
    let match = explanation.match
    let threshold = ConsoleController.format(explanation.threshold)
    var lines = ["Last line: \(utterance)"]
    let matcherLine =
      "\(match.intent) (confidence \(ConsoleController.format(match.confidence)), "
      + "threshold \(threshold))"
    if let decision, let used = describe(decision) {
      lines.append("Decision: " + used)
      if !decision.slots.isEmpty { lines.append("Slots used: " + format(decision.slots)) }
      lines.append("Matcher's view of the line: " + matcherLine)
    } else {
      lines.append("Decision: " + matcherLine)
    }
    if !match.slots.isEmpty { lines.append("Slots: " + format(match.slots)) }
    for (index, candidate) in explanation.candidates.enumerated() {
      let mark = candidate.score >= explanation.threshold ? "" : "  (below threshold)"
      lines.append(
        "\(index + 1). \(candidate.intent)  score \(ConsoleController.format(candidate.score))\(mark)"
      )
      let features = candidate.features.prefix(8).map(describe)
      lines.append(
        "   matched: " + (features.isEmpty ? "nothing" : features.joined(separator: ", ")))
    }
    if explanation.candidates.isEmpty { lines.append("No intent matched any word.") }
    return lines.joined(separator: "\n")
  }

  /// The decision in words when the conversation, not the matcher alone, made it; nil when the
  /// matcher's own choice was acted on (its line says it all).
  private static func describe(_ decision: TurnDecision) -> String? {
    switch decision.kind {
    case .newRequest, .outOfScope:
      return nil
    case .slotAnswer:
      let question = decision.answeredQuestion.map { " \"\($0)\"" } ?? ""
      return
        "slot answer: the line answered\(question) (\(decision.answeredSlot ?? "a slot")) "
        + "for \(decision.intent)"
    case .followUp:
      return "a follow-up on the last request, \(decision.intent), with the line's slots"
    case .confirmed:
      return "yes to the confirmation of \(decision.intent)"
    case .declined:
      return "no to the confirmation of \(decision.intent)"
    case .refused:
      let roles = decision.requiredRoles.map(\.rawValue).joined(separator: ", ")
      return "\(decision.intent) refused: it needs the role \(roles)"
    case .cardNumber:
      return "the line held a payment card number: masked and not acted on"
    }
  }

  private static func format(_ slots: [String: String]) -> String {
    slots.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
  }

  private static func describe(_ feature: Explanation.Feature) -> String {
    let weight = ConsoleController.format(feature.weight)
    switch feature.origin {
    case .exact: return "\(feature.text) \(weight)"
    case .keyword: return "\(feature.text) (keyword) \(weight)"
    case .meaning: return "meaning of \"\(feature.text)\" \(weight)"
    case .typo(let typed): return "\(typed)→\(feature.text) (typo) \(weight)"
    case .synonym(let typed): return "\(typed)→\(feature.text) (synonym) \(weight)"
    }
  }
}
