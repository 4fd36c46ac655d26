import Foundation
import Office
import PostgresNIO

extension PostgresStore: ConversationAnalytics {
  /// The report's aggregates, computed on the server with the same queries as on SQLite: the
  /// conversations by channel, day, outcome and agent, the user turns from the counts kept with
  /// each turn (``MessageCounts``), and the newest fallback lines.
  public func statistics(_ query: StatisticsQuery) throws(StoreError) -> ConversationStatistics {
    let since = string(query.since.map(StoredTime.text) ?? "")
    let channel = optionalString(query.channel?.rawValue)
    let conversationFilter = "started_at >= $1 AND ($2::text IS NULL OR channel = $2::text)"
    var statistics = ConversationStatistics()

    var conversationsByChannel: [String: Int] = [:]
    var conversationsByDay: [String: Int] = [:]
    var outcomes: [String: Int] = [:]
    for row in try rows(
      """
      SELECT channel, substr(started_at, 1, 10) AS day, outcome, COUNT(*)::bigint AS n
      FROM conversations WHERE \(conversationFilter) GROUP BY channel, day, outcome
      """, [since, channel])
    {
      let cells = Cells(row)
      let count = Int(try cells.int("n"))
      conversationsByChannel[try cells.text("channel"), default: 0] += count
      conversationsByDay[try cells.text("day"), default: 0] += count
      outcomes[try cells.text("outcome"), default: 0] += count
    }

    var turnsByChannel: [String: Int] = [:]
    var turnsByDay: [String: Int] = [:]
    var hours: [String: Int] = [:]
    for row in try rows(
      """
      SELECT channel, substr(hour, 1, 10) AS day, substr(hour, 12, 2) AS hour_of_day,
        SUM(n)::bigint AS n
      FROM message_hourly
      WHERE hour >= substr($1, 1, 13) AND ($2::text IS NULL OR channel = $2::text)
      GROUP BY 1, 2, 3
      """, [since, channel])
    {
      let cells = Cells(row)
      let count = Int(try cells.int("n"))
      turnsByChannel[try cells.text("channel"), default: 0] += count
      turnsByDay[try cells.text("day"), default: 0] += count
      hours[try cells.text("hour_of_day"), default: 0] += count
    }

    var intents: [String: Int] = [:]
    var turnsByAgent: [String: Int] = [:]
    for row in try rows(
      """
      SELECT intent, agent, SUM(n)::bigint AS n FROM message_daily
      WHERE day >= substr($1, 1, 10) AND ($2::text IS NULL OR channel = $2::text)
      GROUP BY 1, 2
      """, [since, channel])
    {
      let cells = Cells(row)
      let count = Int(try cells.int("n"))
      intents[try cells.text("intent"), default: 0] += count
      turnsByAgent[try cells.text("agent"), default: 0] += count
    }

    var conversationsByAgent: [String: Int] = [:]
    var escalationsByAgent: [String: Int] = [:]
    for row in try rows(
      """
      SELECT COALESCE(agent, '(none)') AS agent, COUNT(*)::bigint AS n,
        SUM(CASE WHEN outcome = 'escalated' THEN 1 ELSE 0 END)::bigint AS escalated
      FROM conversations WHERE \(conversationFilter) GROUP BY 1
      """, [since, channel])
    {
      let cells = Cells(row)
      let agent = try cells.text("agent")
      conversationsByAgent[agent] = Int(try cells.int("n"))
      escalationsByAgent[agent] = Int(try cells.int("escalated"))
    }

    statistics.fill(
      conversationsByChannel: conversationsByChannel, turnsByChannel: turnsByChannel,
      conversationsByDay: conversationsByDay, turnsByDay: turnsByDay,
      conversationsByAgent: conversationsByAgent, turnsByAgent: turnsByAgent,
      escalationsByAgent: escalationsByAgent, outcomes: outcomes, intents: intents, hours: hours)

    statistics.fallbacks = try rows(
      """
      SELECT text, COALESCE(intent, 'oos') AS intent, COALESCE(confidence, 0) AS confidence
      FROM messages
      WHERE speaker != 'bot' AND at >= $1 AND ($2::text IS NULL OR channel = $2::text)
        AND (intent = 'oos' OR confidence < $3) AND intent != 'command'
      ORDER BY id DESC LIMIT $4
      """,
      [since, channel, PostgresData(double: query.lowConfidence), int(Int64(query.backlogLimit))]
    ).map { row throws(StoreError) in
      let cells = Cells(row)
      return .init(
        text: try cells.text("text"), intent: try cells.text("intent"),
        confidence: try cells.double("confidence") ?? 0)
    }
    return statistics
  }
}
