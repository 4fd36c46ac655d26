import IntentMatching
import Office

/// One person's conversation state: settings, the open conversation, context and what is pending.
public final class Session {
  /// Role, customer, agent and channel.
  public internal(set) var settings: SessionSettings
  /// The open conversation in the log, opened on the first turn.
  public internal(set) var conversationID: Int64?
  /// The last line answered in the open conversation, for `/why`.
  public internal(set) var lastUtterance: String?
  /// The decision made for ``lastUtterance``, for `/why`.
  public internal(set) var lastDecision: TurnDecision?
  /// The language of the last line, for lines of bare numbers and ids.
  var lastLanguage: Language?
  /// The most recent turns of the open conversation, for `/save` (at most ``turnWindow``: the
  /// log keeps them all, and a day-long session stays the same size).
  public internal(set) var turns: [Turn] = []
  /// How many earlier turns of the open conversation ``turns`` no longer holds.
  public internal(set) var droppedTurns = 0
  /// The most turns ``turns`` holds.
  public static let turnWindow = 1_000
  /// The intent and slots of the last answered request (follow-ups reuse them).
  var context = ConversationContext()
  /// A question the console asked and waits for an answer to.
  var pending: PendingQuestion?
  /// Whether the open conversation was handed to a human.
  var escalated = false

  /// Creates a session.
  public init(settings: SessionSettings) {
    self.settings = settings
  }

  /// The slot the console asked for and waits for, if any.
  public var awaitingSlot: String? {
    if case .slot(_, let name, _, _) = pending { return name }
    return nil
  }

  /// Whether the console asked a yes/no question and waits for the answer.
  public var awaitingConfirmation: Bool {
    if case .confirmation = pending { return true }
    return false
  }

  /// Whether the open conversation was handed to a human.
  public var isEscalated: Bool { escalated }

  /// Keeps `turn` in the window of recent turns, dropping the oldest half when it is full.
  func remember(_ turn: Turn) {
    if turns.count >= Self.turnWindow {
      let drop = Self.turnWindow / 2
      turns.removeFirst(drop)
      droppedTurns += drop
    }
    turns.append(turn)
  }

  /// Forgets the conversation state (after `/end` or a change of customer): the next
  /// conversation starts with nothing of this one, `/why` included.
  func resetConversation() {
    conversationID = nil
    turns = []
    droppedTurns = 0
    lastUtterance = nil
    lastDecision = nil
    lastLanguage = nil
    context = ConversationContext()
    pending = nil
    escalated = false
  }
}

/// The intent and slots that follow-ups ("and 1003?", "cancel it") refer to.
struct ConversationContext {
  /// The last in-scope intent.
  var intent: String?
  /// Slots mentioned so far in the conversation, latest value per name.
  var slots: [String: String] = [:]
  /// Whether the last reply answered an in-scope request.
  var lastAnswered = false
}
