import IntentMatching

/// One answered line: what was said, what was understood and what the console replied.
public struct Turn: Sendable, Equatable {
  /// The user's line.
  public var text: String
  /// The reply.
  public var reply: String
  /// The intent the reply answers (`oos` when none).
  public var intent: String
  /// The matcher's confidence.
  public var confidence: Double
  /// The slots used.
  public var slots: [String: String]
  /// The language of the line.
  public var language: Language

  /// Creates a turn.
  public init(
    text: String, reply: String, intent: String, confidence: Double, slots: [String: String],
    language: Language
  ) {
    self.text = text
    self.reply = reply
    self.intent = intent
    self.confidence = confidence
    self.slots = slots
    self.language = language
  }
}
