import IntentMatching
import Office

/// What the engine decided a line is, computed before anything is done about it.
///
/// ``DialogueEngine`` computes it purely from the matcher's result for the line, the slots in
/// the line and the session's state (``DialogueEngine/decide(_:)``), then acts on it in one
/// place and logs it as it happened: its kind, the intent acted on, and the matcher's own view
/// of the line.
public struct TurnDecision: Sendable, Equatable {
  /// The kinds of decision, as they are logged (`messages.decision`).
  public enum Kind: String, Sendable, CaseIterable {
    /// A request the matcher recognised in the line.
    case newRequest = "new_request"
    /// The answer to the question the console asked for a missing slot.
    case slotAnswer = "slot_answer"
    /// More slots for the last request ("and 1003?").
    case followUp = "follow_up"
    /// A yes to the confirmation the console asked for.
    case confirmed
    /// A no to the confirmation the console asked for.
    case declined
    /// A line that belongs to no intent.
    case outOfScope = "out_of_scope"
    /// A request the session's role may never make.
    case refused
    /// A line holding a payment card number: it is masked and not acted on.
    case cardNumber = "card_number"
  }

  /// The kind of decision.
  public var kind: Kind
  /// The intent acted on (``Match/outOfScope`` when none).
  public var intent: String
  /// The request's slots: those of the line, then those the context fills.
  public var slots: [String: String]
  /// The matcher's own result for the line (its top intent and confidence, the line's slots).
  public var matcher: Match
  /// For a slot answer: the slot the line answered.
  public var answeredSlot: String?
  /// For a slot answer: the question the console had asked for it.
  public var answeredQuestion: String?
  /// For a refusal: the roles that may make the request.
  public var requiredRoles: [Role]

  /// Creates a decision.
  public init(
    kind: Kind, intent: String, slots: [String: String], matcher: Match,
    answeredSlot: String? = nil, answeredQuestion: String? = nil, requiredRoles: [Role] = []
  ) {
    self.kind = kind
    self.intent = intent
    self.slots = slots
    self.matcher = matcher
    self.answeredSlot = answeredSlot
    self.answeredQuestion = answeredQuestion
    self.requiredRoles = requiredRoles
  }

  /// The confidence behind the decision: the matcher's, when the matcher chose the intent acted
  /// on; nil when the decision came from the conversation (a slot answer, a follow-up, a yes or
  /// no), so that no figure is shown that nobody computed.
  public var confidence: Double? {
    switch kind {
    case .newRequest, .refused, .outOfScope:
      return matcher.intent == intent ? matcher.confidence : nil
    case .slotAnswer, .followUp, .confirmed, .declined, .cardNumber:
      return nil
    }
  }
}
