import GRDB

/// Counts of user lines (not the bot's replies) for `switchboard report`: per hour and channel
/// (`message_hourly`) and per day, channel, intent and agent (`message_daily`), so that the report
/// sums a few thousand rows instead of reading millions of messages.
///
/// The store adds every logged user line: in the same transaction when it writes turns one by
/// one, or in memory while group commit is open, written just before the group's `COMMIT` (a group
/// of 512 turns then costs a handful of upserts instead of two per turn). A turn that is undone is
/// never added, and counts of a group that SQLite rolls back are dropped with it.
package struct MessageCounts: Sendable {
  private struct Hour: Hashable {
    var hour: String
    var channel: String
  }

  private struct Day: Hashable {
    var day: String
    var channel: String
    var intent: String
    var agent: String
  }

  private var hours: [Hour: Int] = [:]
  private var days: [Day: Int] = [:]

  /// Whether nothing is counted.
  package var isEmpty: Bool { hours.isEmpty && days.isEmpty }

  /// Counts the user line of `turn`, logged at `at` (its stored text, `yyyy-MM-ddTHH:...`).
  package mutating func add(_ turn: TurnRecord, at: String) {
    add(
      speaker: turn.speaker, channel: turn.channel.rawValue, intent: turn.intent,
      agent: turn.agent, at: at)
  }

  /// Counts one line by `speaker` (a bot's reply is not counted), logged at `at`.
  package mutating func add(
    speaker: String, channel: String, intent: String, agent: String?, at: String
  ) {
    guard speaker != "bot" else { return }
    hours[Hour(hour: String(at.prefix(13)), channel: channel), default: 0] += 1
    let day = Day(
      day: String(at.prefix(10)), channel: channel, intent: intent, agent: agent ?? "(none)")
    days[day, default: 0] += 1
  }

  /// An empty count.
  package init() {}

  /// The counts by hour and channel, then by day, channel, intent and agent, each in key order
  /// (a backend that upserts them in this order takes their rows' locks in one order).
  package var sorted:
    (
      hours: [(hour: String, channel: String, n: Int)],
      days: [(day: String, channel: String, intent: String, agent: String, n: Int)]
    )
  {
    (
      hours.map { (hour: $0.key.hour, channel: $0.key.channel, n: $0.value) }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) },
      days.map {
        (
          day: $0.key.day, channel: $0.key.channel, intent: $0.key.intent,
          agent: $0.key.agent, n: $0.value
        )
      }
      .sorted { ($0.0, $0.1, $0.2, $0.3) < ($1.0, $1.1, $1.2, $1.3) }
    )
  }

  /// Adds the counts to the tables.
  func write(into db: Database) throws {
    let hourly = try db.cachedStatement(
      sql: """
        INSERT INTO message_hourly (hour, channel, n) VALUES (?, ?, ?)
        ON CONFLICT (hour, channel) DO UPDATE SET n = n + excluded.n
        """)
    for (key, count) in hours {
      try hourly.executeBound(
        [.text(key.hour), .text(key.channel), .integer(Int64(count))], in: db)
    }
    let daily = try db.cachedStatement(
      sql: """
        INSERT INTO message_daily (day, channel, intent, agent, n) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (day, channel, intent, agent) DO UPDATE SET n = n + excluded.n
        """)
    for (key, count) in days {
      try daily.executeBound(
        [
          .text(key.day), .text(key.channel), .text(key.intent), .text(key.agent),
          .integer(Int64(count)),
        ], in: db)
    }
  }
}
