import Foundation
import GRDB

extension SQLiteStore: ConversationAnalytics {
  public func statistics(_ query: StatisticsQuery) throws(StoreError) -> ConversationStatistics {
    let since = query.since.map(StoredTime.text) ?? ""
    let channel = query.channel?.rawValue
    try writePendingCounts()
    return try read { db in
      var statistics = ConversationStatistics()
      // Over all time a table scan beats walking the start-time index row by row; the unary
      // plus keeps SQLite from choosing the index then.
      let conversationFilter =
        (query.since == nil ? "+started_at" : "started_at") + " >= ? AND (? IS NULL OR channel = ?)"
      let messageFilter = "speaker != 'bot' AND at >= ? AND (? IS NULL OR channel = ?)"
      let arguments: StatementArguments = [since, channel, channel]

      // Conversations: one pass for channel × day × outcome.
      var conversationsByChannel: [String: Int] = [:]
      var conversationsByDay: [String: Int] = [:]
      var outcomes: [String: Int] = [:]
      for row in try db.rows(
        """
        SELECT channel, substr(started_at, 1, 10) AS day, outcome, COUNT(*) AS n
        FROM conversations WHERE \(conversationFilter) GROUP BY channel, day, outcome
        """, arguments)
      {
        let count: Int = row["n"]
        conversationsByChannel[row["channel"], default: 0] += count
        conversationsByDay[row["day"], default: 0] += count
        outcomes[row["outcome"], default: 0] += count
      }

      // User turns: sums of the counts the store keeps (``MessageCounts``: per hour and
      // channel; per day, channel, intent and agent). The period starts at the hour, or for
      // intents and agents the day, of `since`.
      var turnsByChannel: [String: Int] = [:]
      var turnsByDay: [String: Int] = [:]
      var hours: [String: Int] = [:]
      for row in try db.rows(
        """
        SELECT channel, substr(hour, 1, 10), substr(hour, 12, 2), SUM(n) FROM message_hourly
        WHERE hour >= substr(?, 1, 13) AND (? IS NULL OR channel = ?) GROUP BY 1, 2, 3
        """, arguments)
      {
        let count: Int = row[3]
        turnsByChannel[row[0], default: 0] += count
        turnsByDay[row[1], default: 0] += count
        hours[row[2], default: 0] += count
      }
      var intents: [String: Int] = [:]
      var turnsByAgent: [String: Int] = [:]
      for row in try db.rows(
        """
        SELECT intent, agent, SUM(n) FROM message_daily
        WHERE day >= substr(?, 1, 10) AND (? IS NULL OR channel = ?) GROUP BY 1, 2
        """, arguments)
      {
        let count: Int = row[2]
        intents[row[0], default: 0] += count
        turnsByAgent[row[1], default: 0] += count
      }
      var conversationsByAgent: [String: Int] = [:]
      var escalationsByAgent: [String: Int] = [:]
      for row in try db.rows(
        """
        SELECT COALESCE(agent, '(none)') AS agent, COUNT(*) AS n,
          SUM(outcome = 'escalated') AS escalated
        FROM conversations WHERE \(conversationFilter) GROUP BY agent
        """, arguments)
      {
        conversationsByAgent[row["agent"]] = row["n"]
        escalationsByAgent[row["agent"]] = row["escalated"]
      }

      statistics.fill(
        conversationsByChannel: conversationsByChannel, turnsByChannel: turnsByChannel,
        conversationsByDay: conversationsByDay, turnsByDay: turnsByDay,
        conversationsByAgent: conversationsByAgent, turnsByAgent: turnsByAgent,
        escalationsByAgent: escalationsByAgent, outcomes: outcomes, intents: intents, hours: hours)

      statistics.fallbacks = try db.rows(
        """
        SELECT text, COALESCE(intent, 'oos') AS intent, COALESCE(confidence, 0) AS confidence
        FROM messages WHERE \(messageFilter) AND (intent = 'oos' OR confidence < ?)
          AND intent != 'command'
        ORDER BY id DESC LIMIT ?
        """, [since, channel, channel, query.lowConfidence, query.backlogLimit]
      ).map {
        .init(text: $0["text"], intent: $0["intent"], confidence: $0["confidence"])
      }
      return statistics
    }
  }
}
