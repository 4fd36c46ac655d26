import GRDB

extension Schema {
  /// Counts of user lines, so that `switchboard report` sums a few thousand rows instead of
  /// sorting millions: per hour and channel, and per day, channel, intent and agent. Existing
  /// lines are counted once when the migration runs. Until `v6-counts-by-store` a trigger kept the
  /// counts; the store now keeps them (``MessageCounts``).
  static func createAnalyticsIndexes(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE message_hourly (
          hour TEXT NOT NULL, channel TEXT NOT NULL, n INTEGER NOT NULL,
          PRIMARY KEY (hour, channel)
        ) WITHOUT ROWID;
        CREATE TABLE message_daily (
          day TEXT NOT NULL, channel TEXT NOT NULL, intent TEXT NOT NULL, agent TEXT NOT NULL,
          n INTEGER NOT NULL,
          PRIMARY KEY (day, channel, intent, agent)
        ) WITHOUT ROWID;
        CREATE TRIGGER message_counts AFTER INSERT ON messages
        WHEN NEW.speaker != 'bot'
        BEGIN
          INSERT INTO message_hourly (hour, channel, n)
          VALUES (substr(NEW.at, 1, 13), NEW.channel, 1)
          ON CONFLICT (hour, channel) DO UPDATE SET n = n + 1;
          INSERT INTO message_daily (day, channel, intent, agent, n)
          VALUES (substr(NEW.at, 1, 10), NEW.channel, COALESCE(NEW.intent, 'oos'),
            COALESCE(NEW.agent, '(none)'), 1)
          ON CONFLICT (day, channel, intent, agent) DO UPDATE SET n = n + 1;
        END;
        INSERT INTO message_hourly (hour, channel, n)
        SELECT substr(at, 1, 13), channel, COUNT(*) FROM messages
        WHERE speaker != 'bot' GROUP BY 1, 2;
        INSERT INTO message_daily (day, channel, intent, agent, n)
        SELECT substr(at, 1, 10), channel, COALESCE(intent, 'oos'), COALESCE(agent, '(none)'),
          COUNT(*)
        FROM messages WHERE speaker != 'bot' GROUP BY 1, 2, 3, 4;
        CREATE INDEX conversations_started ON conversations(started_at);
        """)
  }
}
