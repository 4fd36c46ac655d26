import Foundation

/// Where a conversation happens.
public enum Channel: String, Sendable, Codable, CaseIterable {
  case console, pipe, ask, test, simulated
}

/// How a conversation ended.
public enum ConversationOutcome: String, Sendable, Codable, CaseIterable {
  /// Still going on.
  case open
  /// Answered without a human.
  case resolved
  /// Handed to a human.
  case escalated
  /// Closed without a stated outcome (end of input, Ctrl-D).
  case abandoned
}

/// A conversation about to be opened.
public struct NewConversation: Sendable, Equatable {
  /// The customer it is with or about, if known.
  public var customerID: String?
  /// Where it happens.
  public var channel: Channel
  /// Who is typing (agent name), if any.
  public var agent: String?
  /// The role of the session.
  public var role: Role
  /// When it started.
  public var startedAt: Date

  /// Creates a new conversation.
  public init(customerID: String?, channel: Channel, agent: String?, role: Role, startedAt: Date) {
    self.customerID = customerID
    self.channel = channel
    self.agent = agent
    self.role = role
    self.startedAt = startedAt
  }
}

/// One turn of a conversation: what the user said and what the console answered.
public struct TurnRecord: Sendable, Equatable {
  /// The conversation it belongs to.
  public var conversationID: Int64
  /// Who spoke: `customer` or `agent`.
  public var speaker: String
  /// The user's line.
  public var text: String
  /// The reply shown.
  public var reply: String
  /// The intent acted on (`oos` when none, `command` for slash commands).
  public var intent: String
  /// The matcher's confidence in ``intent`` when the matcher chose it; nil when the conversation
  /// decided (a slot answer, a follow-up, a yes or no).
  public var confidence: Double?
  /// The slots extracted, by name.
  public var slots: [String: String]
  /// The language of the line (`en`, `ja`).
  public var language: String
  /// The agent typing, if any.
  public var agent: String?
  /// The role of the session.
  public var role: Role
  /// The channel.
  public var channel: Channel
  /// When the line was received.
  public var at: Date
  /// The kind of decision the engine made for the line (`new_request`, `slot_answer`, ...).
  public var decision: String?
  /// The matcher's own top intent for the line, whatever was decided.
  public var matcherIntent: String?
  /// The matcher's own confidence in ``matcherIntent``.
  public var matcherConfidence: Double?
  /// What the reply did with the records (audit actions), logged on the bot's row.
  public var actions: [String]

  /// Creates a turn record.
  public init(
    conversationID: Int64, speaker: String, text: String, reply: String, intent: String,
    confidence: Double?, slots: [String: String], language: String, agent: String?, role: Role,
    channel: Channel, at: Date, decision: String? = nil, matcherIntent: String? = nil,
    matcherConfidence: Double? = nil, actions: [String] = []
  ) {
    self.decision = decision
    self.matcherIntent = matcherIntent
    self.matcherConfidence = matcherConfidence
    self.actions = actions
    self.conversationID = conversationID
    self.speaker = speaker
    self.text = text
    self.reply = reply
    self.intent = intent
    self.confidence = confidence
    self.slots = slots
    self.language = language
    self.agent = agent
    self.role = role
    self.channel = channel
    self.at = at
  }
}

/// A past conversation in a few words: when, where, the intents seen and how it ended.
public struct ConversationSummary: Sendable, Equatable {
  /// Conversation id.
  public var id: Int64
  /// Where it happened.
  public var channel: Channel
  /// When it started.
  public var startedAt: Date
  /// How it ended (`open` while it goes on).
  public var outcome: ConversationOutcome
  /// The distinct intents of its turns, in order of first appearance.
  public var intents: [String]

  /// Creates a summary.
  public init(
    id: Int64, channel: Channel, startedAt: Date, outcome: ConversationOutcome, intents: [String]
  ) {
    self.id = id
    self.channel = channel
    self.startedAt = startedAt
    self.outcome = outcome
    self.intents = intents
  }
}
