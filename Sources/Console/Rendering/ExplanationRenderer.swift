import IntentMatching

/// Prints `/why`: the top intents, their scores, the threshold and the features behind each.
enum ExplanationRenderer {
  /// The text for `explanation` of `utterance`.
  static func render(_ explanation: Explanation, utterance: String) -> String {
    let match = explanation.match
    var lines = [
      "Last line: \(utterance)",
      "Decision: \(match.intent) (confidence \(ConsoleController.format(match.confidence)), "
        + "threshold \(ConsoleController.format(explanation.threshold)))",
    ]
    if !match.slots.isEmpty {
      let slots = match.slots.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      lines.append("Slots: " + slots.joined(separator: ", "))
    }
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

  private static func describe(_ feature: Explanation.Feature) -> String {
    let weight = ConsoleController.format(feature.weight)
    switch feature.origin {
    case .exact: return "\(feature.text) \(weight)"
    case .keyword: return "\(feature.text) (keyword) \(weight)"
    case .typo(let typed): return "\(typed)→\(feature.text) (typo) \(weight)"
    case .synonym(let typed): return "\(typed)→\(feature.text) (synonym) \(weight)"
    }
  }
}
