import IntentMatching

/// One answered line: what was said, what was decided, what was done and what the console
/// replied.
public struct Turn: Sendable, Equatable {
  /// The user's line, as logged (a payment card number in it is masked).
  public var text: String
  /// The reply.
  public var reply: String
  /// The decision the reply acts on: its kind, the intent and the matcher's own view of the line.
  public var decision: TurnDecision
  /// The slots used.
  public var slots: [String: String]
  /// The language of the line.
  public var language: Language
  /// What was done with the records, one audit action a line (`order.read 1002`).
  public var actions: [String]

  /// Creates a turn.
  public init(
    text: String, reply: String, decision: TurnDecision, slots: [String: String],
    language: Language, actions: [String] = []
  ) {
    self.text = text
    self.reply = reply
    self.decision = decision
    self.slots = slots
    self.language = language
    self.actions = actions
  }

  /// The intent the reply answers (`oos` when none).
  public var intent: String { decision.intent }

  /// The matcher's confidence in the intent acted on, when the matcher chose it; nil when the
  /// conversation decided (a slot answer, a follow-up, a yes or no).
  public var confidence: Double? { decision.confidence }
}
