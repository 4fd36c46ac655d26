import Foundation
import IntentMatching
import Office

/// What customers asked, what the bot solved and what it could not: the log's aggregates plus
/// the fallback backlog grouped by similarity (what to teach the bot next).
public struct ConversationReport: Sendable {
  /// Similar fallback lines, with a few examples.
  public struct FallbackGroup: Sendable, Equatable {
    /// How many lines fell into the group.
    public var size: Int
    /// The words the group shares most, as a label.
    public var label: String
    /// Up to three example lines, newest first.
    public var examples: [String]
    /// Every distinct line of the group, newest first.
    public var texts: [String] = []
  }

  /// One row of "By agent": what one agent's conversations came to, or the bot's alone.
  public struct AgentRow: Sendable, Equatable {
    /// The agent's name, or ``ConversationReport/botName``.
    public var name: String
    /// Conversations.
    public var conversations: Int
    /// User turns.
    public var turns: Int
    /// Conversations handed to a human.
    public var escalations: Int
  }

  /// The row of the conversations no agent typed in: the customers and the bot alone.
  public static let botName = "bot (no agent)"

  /// The aggregates.
  public var statistics: ConversationStatistics
  /// The fallback backlog, largest groups first.
  public var fallbackGroups: [FallbackGroup]
  /// Every day from the period's start (or the first day logged) to the last day logged, in
  /// order, a day without conversations as zeros.
  public var days: [ConversationStatistics.Volume]
  /// All 24 hours (`00`…`23`), an hour without turns as zero.
  public var hours: [ConversationStatistics.Count]
  /// User turns by intent, most frequent first, without the out-of-scope ones (see
  /// ``fallbackTurns``).
  public var intents: [ConversationStatistics.Count]
  /// User turns the bot found out of scope (`oos`).
  public var fallbackTurns: Int
  /// By agent, largest first, the bot's own row among them.
  public var agents: [AgentRow]

  /// Builds the report for `query` from `source`.
  public static func build(from source: any ConversationAnalytics, query: StatisticsQuery)
    throws(StoreError) -> ConversationReport
  {
    let statistics = try source.statistics(query)
    return ConversationReport(statistics: statistics, since: query.since)
  }

  /// The report of `statistics` over a period starting at `since` (nil: all time).
  public init(statistics: ConversationStatistics, since: Date?) {
    self.statistics = statistics
    fallbackGroups = FallbackGrouper.group(statistics.fallbacks)
    days = ReportSeries.everyDay(statistics.days, from: since)
    hours = ReportSeries.everyHour(statistics.hours)
    intents = statistics.intents.filter { $0.name != "oos" }
    fallbackTurns = statistics.intents.first { $0.name == "oos" }?.count ?? 0
    agents = statistics.agents.map {
      AgentRow(
        name: $0.key == "(none)" ? Self.botName : $0.key, conversations: $0.conversations,
        turns: $0.turns, escalations: $0.escalations)
    }
  }

  /// Share of user turns the bot found out of scope.
  public var fallbackRate: Double {
    guard statistics.turnCount > 0 else { return 0 }
    return Double(fallbackTurns) / Double(statistics.turnCount)
  }

  /// The first and last day the report covers (`yyyy-MM-dd`, UTC), if any.
  public var period: (first: String, last: String)? {
    guard let first = days.first?.key, let last = days.last?.key else { return nil }
    return (first, last)
  }

  /// Share of closed conversations resolved without a human (abandoned ones are not contained:
  /// see ``abandonmentRate``).
  public var containmentRate: Double {
    let closed = statistics.conversationCount - statistics.outcome(.open)
    guard closed > 0 else { return 0 }
    return Double(statistics.outcome(.resolved)) / Double(closed)
  }

  /// Share of closed conversations left without an answer or a stated outcome.
  public var abandonmentRate: Double {
    let closed = statistics.conversationCount - statistics.outcome(.open)
    guard closed > 0 else { return 0 }
    return Double(statistics.outcome(.abandoned)) / Double(closed)
  }

  /// Share of closed conversations handed to a human.
  public var escalationRate: Double {
    let closed = statistics.conversationCount - statistics.outcome(.open)
    guard closed > 0 else { return 0 }
    return Double(statistics.outcome(.escalated)) / Double(closed)
  }
}
