import Foundation

/// Which part of the conversation log a report covers.
public struct StatisticsQuery: Sendable, Equatable {
  /// Only conversations started (and messages written) at or after this instant.
  public var since: Date?
  /// Only this channel.
  public var channel: Channel?
  /// A user line under this confidence joins the fallback backlog (besides `oos` lines).
  public var lowConfidence: Double
  /// At most this many fallback lines, newest first.
  public var backlogLimit: Int

  /// Creates a query.
  public init(
    since: Date? = nil, channel: Channel? = nil, lowConfidence: Double = 0.5,
    backlogLimit: Int = 5_000
  ) {
    self.since = since
    self.channel = channel
    self.lowConfidence = lowConfidence
    self.backlogLimit = backlogLimit
  }
}

/// Aggregates of the conversation log, computed in SQL.
public struct ConversationStatistics: Sendable, Equatable {
  /// Conversations and user turns under one key (a channel, a day, an agent).
  public struct Volume: Sendable, Equatable {
    /// The key.
    public var key: String
    /// Conversations.
    public var conversations: Int
    /// User turns.
    public var turns: Int
    /// Conversations handed to a human (kept for agents; zero elsewhere).
    public var escalations: Int

    /// Creates a volume.
    public init(key: String, conversations: Int, turns: Int, escalations: Int = 0) {
      self.key = key
      self.conversations = conversations
      self.turns = turns
      self.escalations = escalations
    }
  }

  /// A name and how often it occurs.
  public struct Count: Sendable, Equatable {
    /// The name (an intent, an hour, an outcome).
    public var name: String
    /// How often.
    public var count: Int

    /// Creates a count.
    public init(name: String, count: Int) {
      self.name = name
      self.count = count
    }
  }

  /// A user line the bot could not answer with confidence.
  public struct FallbackLine: Sendable, Equatable {
    /// What the user typed.
    public var text: String
    /// The intent given (often `oos`).
    public var intent: String
    /// The confidence.
    public var confidence: Double

    /// Creates a line.
    public init(text: String, intent: String, confidence: Double) {
      self.text = text
      self.intent = intent
      self.confidence = confidence
    }
  }

  /// By channel, largest first.
  public var channels: [Volume] = []
  /// By day (`yyyy-MM-dd`, UTC), in date order.
  public var days: [Volume] = []
  /// Conversations by outcome (`open`, `resolved`, `escalated`, `abandoned`).
  public var outcomes: [Count] = []
  /// User turns by intent, most frequent first.
  public var intents: [Count] = []
  /// User turns by hour of the day (`00`…`23`, UTC), in hour order.
  public var hours: [Count] = []
  /// By agent (`(none)` for lines without one), largest first.
  public var agents: [Volume] = []
  /// Out-of-scope and low-confidence user lines, newest first.
  public var fallbacks: [FallbackLine] = []

  /// Creates empty statistics.
  public init() {}

  /// All conversations.
  public var conversationCount: Int { channels.reduce(0) { $0 + $1.conversations } }
  /// All user turns.
  public var turnCount: Int { channels.reduce(0) { $0 + $1.turns } }

  /// Conversations with that outcome.
  public func outcome(_ outcome: ConversationOutcome) -> Int {
    outcomes.first { $0.name == outcome.rawValue }?.count ?? 0
  }
}

/// A store that can aggregate its conversation log.
public protocol ConversationAnalytics: Sendable {
  /// The aggregates of the part of the log `query` selects.
  func statistics(_ query: StatisticsQuery) throws(StoreError) -> ConversationStatistics
}
