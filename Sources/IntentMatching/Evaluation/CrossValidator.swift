/// Checks that each intent is reached by its own examples when they are held out of training
/// (k-fold cross-validation with a fixed fold assignment).
public enum CrossValidator {
  /// How one intent fared when its examples were held out.
  public struct IntentResult: Sendable, Equatable {
    /// The intent.
    public var intent: String
    /// Held-out examples classified as the intent.
    public var reached: Int
    /// Held-out examples in all.
    public var total: Int
    /// The intent its examples went to most often instead, if any.
    public var mostConfusedWith: String?
  }

  /// The per-intent results of `folds`-fold cross-validation of `catalog`.
  public static func results(
    for catalog: IntentCatalog, folds: Int = 5, options: MatcherOptions = MatcherOptions()
  ) -> [IntentResult] {
    var reached: [String: Int] = [:]
    var total: [String: Int] = [:]
    var confused: [String: [String: Int]] = [:]
    for fold in 0..<max(2, folds) {
      var training = catalog
      var heldOut: [(intent: String, text: String)] = []
      for (position, intent) in catalog.intents.enumerated() {
        var kept: [Example] = []
        for (index, example) in intent.examples.enumerated() {
          if intent.examples.count >= 2 && index % max(2, folds) == fold {
            heldOut.append((intent.name, example.text))
          } else {
            kept.append(example)
          }
        }
        training.intents[position].examples = kept
      }
      if heldOut.isEmpty { continue }
      training.settings = CatalogSettings(threshold: 0, margin: 0)
      let matcher = KeywordMatcher(catalog: training, options: options)
      for (intent, text) in heldOut {
        total[intent, default: 0] += 1
        let got = matcher.scores(text).intent(under: training.settings)
        if got == intent {
          reached[intent, default: 0] += 1
        } else {
          confused[intent, default: [:]][got, default: 0] += 1
        }
      }
    }
    return catalog.intents.compactMap { intent in
      guard let count = total[intent.name] else { return nil }
      let other = confused[intent.name]?.max {
        $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key
      }?.key
      return IntentResult(
        intent: intent.name, reached: reached[intent.name] ?? 0, total: count,
        mostConfusedWith: other)
    }
  }

  /// Warnings for intents that fewer than half of their own held-out examples reach.
  public static func warnings(
    for catalog: IntentCatalog, folds: Int = 5, options: MatcherOptions = MatcherOptions()
  ) -> [CatalogWarning] {
    results(for: catalog, folds: folds, options: options).compactMap { result in
      guard result.reached * 2 < result.total,
        let intent = catalog.intent(named: result.intent)
      else { return nil }
      var message =
        "intent '\(result.intent)' not reached by its own examples under cross-validation "
        + "(\(result.reached) of \(result.total)"
      if let other = result.mostConfusedWith { message += "; most went to '\(other)'" }
      message += ")"
      return CatalogWarning(
        location: intent.location,
        otherLocation: result.mostConfusedWith.flatMap { catalog.intent(named: $0)?.location },
        message: message)
    }
  }
}
