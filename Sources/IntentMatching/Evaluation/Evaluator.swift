/// Runs a matcher over labelled data.
public enum Evaluator {
  /// The matcher's scores for every example, in order (the expensive part, done once).
  public static func scores(
    of matcher: KeywordMatcher, on examples: [LabelledExample]
  ) -> [DecisionScores] {
    examples.map { matcher.scores($0.text) }
  }

  /// The report of `scores` decided under `settings` against the examples' labels.
  public static func report(
    scores: [DecisionScores], examples: [LabelledExample], settings: CatalogSettings
  ) -> EvaluationReport {
    EvaluationReport(
      expected: expectedIntents(examples), predicted: scores.map { $0.intent(under: settings) })
  }

  /// The examples' labels as intent names (`Refund_not_showing_up` → `refund_not_showing_up`),
  /// the same mapping `intents import` uses, so imported catalogs are scored fairly.
  public static func expectedIntents(_ examples: [LabelledExample]) -> [String] {
    examples.map { CatalogWriter.intentName($0.intent) }
  }

  /// Classifies every example with `matcher` under its catalog's settings and reports.
  public static func evaluate(
    _ matcher: KeywordMatcher, on examples: [LabelledExample]
  ) -> EvaluationReport {
    report(
      scores: scores(of: matcher, on: examples), examples: examples,
      settings: matcher.catalog.settings)
  }
}
