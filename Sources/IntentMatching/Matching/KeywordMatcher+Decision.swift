/// The raw scores behind one decision, before the out-of-scope rule; calibration searches
/// thresholds over these without classifying again.
public struct DecisionScores: Sendable, Equatable {
  /// The best in-scope intent.
  public var intent: String
  /// Its probability (0...1).
  public var confidence: Double
  /// The runner-up in-scope intent's probability.
  public var runnerUp: Double
  /// Whether the out-of-scope class scored above every intent.
  public var outOfScopeWins: Bool

  /// Creates scores.
  public init(intent: String, confidence: Double, runnerUp: Double, outOfScopeWins: Bool) {
    self.intent = intent
    self.confidence = confidence
    self.runnerUp = runnerUp
    self.outOfScopeWins = outOfScopeWins
  }

  /// The intent under `settings`: `oos` when the out-of-scope class wins, when the confidence is
  /// under the threshold, or when the gap to the runner-up is under the margin.
  public func intent(under settings: CatalogSettings) -> String {
    if outOfScopeWins || confidence < settings.threshold { return Match.outOfScope }
    if settings.margin > 0 && confidence - runnerUp < settings.margin { return Match.outOfScope }
    return intent
  }
}

extension KeywordMatcher {
  /// The scores of `text` before the out-of-scope rule.
  public func scores(_ text: String) -> DecisionScores {
    scores(compatible: TextNormalizer.compatibilityForm(text))
  }

  /// The scores of `text`, already in compatibility form.
  func scores(compatible text: String) -> DecisionScores {
    let features = extractor.features(ofCompatible: text)
    return scores(
      model.leaders(space.vector(features.hits), excluding: outOfScopeClass) {
        meaning?.add(features.meaning, to: $0)
      })
  }

  /// The decision for `text` (already in compatibility form) under the catalog's settings.
  func decide(compatible text: String) -> (intent: String, confidence: Double) {
    let scores = self.scores(compatible: text)
    return (scores.intent(under: catalog.settings), scores.confidence)
  }

  func scores(_ leaders: SoftmaxModel.Leaders) -> DecisionScores {
    guard leaders.best >= 0 else {
      return DecisionScores(
        intent: Match.outOfScope, confidence: 0, runnerUp: 0, outOfScopeWins: true)
    }
    return DecisionScores(
      intent: labels[leaders.best], confidence: Double(leaders.probability),
      runnerUp: Double(leaders.runnerUp),
      outOfScopeWins: outOfScopeClass != nil && leaders.excluded > leaders.probability)
  }
}
