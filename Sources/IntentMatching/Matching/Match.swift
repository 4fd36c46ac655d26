/// The outcome of classifying one utterance.
public struct Match: Sendable, Equatable {
  /// The intent name used for an utterance that belongs to no intent.
  public static let outOfScope = "oos"

  /// The chosen intent, or ``Match/outOfScope``.
  public var intent: String
  /// Confidence in 0...1 for the chosen intent (for `oos`: the best in-scope score).
  public var confidence: Double
  /// Slots extracted from the utterance, by slot name (`order_id`, `email`, ...).
  public var slots: [String: String]
  /// The language the utterance is written in.
  public var language: Language

  /// Creates a match.
  public init(intent: String, confidence: Double, slots: [String: String], language: Language) {
    self.intent = intent
    self.confidence = confidence
    self.slots = slots
    self.language = language
  }

  /// Whether the utterance was judged out of scope.
  public var isOutOfScope: Bool { intent == Match.outOfScope }
}
