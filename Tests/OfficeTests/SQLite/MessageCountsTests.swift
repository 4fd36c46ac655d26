import Foundation
import GRDB
import Testing

@testable import Office

/// The report's counts of user lines (`message_hourly`, `message_daily`) always equal what the
/// messages themselves say: written with each turn, or at the commit of a group, never for a
/// turn that was undone.
@Suite struct MessageCountsTests {
  private static let hourly = "SELECT hour || ' ' || channel || ' ' || n FROM message_hourly"
  private static let daily = """
    SELECT day || ' ' || channel || ' ' || intent || ' ' || agent || ' ' || n FROM message_daily
    """

  /// The counts as the tables hold them, and as counted from the messages.
  private func counts(_ store: SQLiteStore) throws -> (kept: [String], counted: [String]) {
    try store.writer.read { db in
      let kept =
        try String.fetchAll(db, sql: Self.hourly + " ORDER BY 1")
        + String.fetchAll(db, sql: Self.daily + " ORDER BY 1")
      let counted =
        try String.fetchAll(
          db,
          sql: """
            SELECT substr(at, 1, 13) || ' ' || channel || ' ' || COUNT(*) FROM messages
            WHERE speaker != 'bot' GROUP BY substr(at, 1, 13), channel ORDER BY 1
            """)
        + String.fetchAll(
          db,
          sql: """
            SELECT substr(at, 1, 10) || ' ' || channel || ' ' || COALESCE(intent, 'oos') || ' '
              || COALESCE(agent, '(none)') || ' ' || COUNT(*) FROM messages
            WHERE speaker != 'bot'
            GROUP BY substr(at, 1, 10), channel, COALESCE(intent, 'oos'), COALESCE(agent, '(none)')
            ORDER BY 1
            """)
      return (kept, counted)
    }
  }

  private func start(_ store: SQLiteStore) throws -> Int64 {
    try store.startConversation(
      NewConversation(
        customerID: "C-1001", channel: .pipe, agent: nil, role: .customer,
        startedAt: Fixtures.now))
  }

  private func turn(_ id: Int64, _ text: String, intent: String, agent: String?, hour: Int)
    -> TurnRecord
  {
    var record = Fixtures.turn(id, text, reply: "ok", intent: intent)
    record.agent = agent
    record.channel = .pipe
    record.at = Fixtures.now.addingTimeInterval(Double(hour) * 3_600)
    return record
  }

  @Test func eachTurnOutsideAGroupIsCountedWithIt() throws {
    let store = try Fixtures.seededStore()
    let before = try counts(store)
    #expect(before.kept == before.counted)
    let id = try start(store)
    try store.recordTurn(turn(id, "a", intent: "greeting", agent: "ana", hour: 0))
    try store.recordTurn(turn(id, "b", intent: "greeting", agent: nil, hour: 1))
    try store.recordTurn(turn(id, "c", intent: "refund_status", agent: "ana", hour: 1))
    let after = try counts(store)
    #expect(after.kept == after.counted)
    #expect(after.kept.count > before.kept.count)
  }

  @Test func aGroupsTurnsAreCountedAtItsCommitAndAnUndoneTurnIsNot() throws {
    let store = try Fixtures.seededStore()
    var open = ConversationStatistics?.none
    var id: Int64 = 0
    try store.inUnit {
      id = try start(store)
      for hour in 0..<30 {
        try store.recordTurn(
          turn(
            id, "line \(hour)", intent: hour % 3 == 0 ? "oos" : "greeting", agent: "ana",
            hour: hour % 4))
      }
      #expect(throws: StoreError.self) {
        try store.recordTurn(turn(99, "orphan", intent: "greeting", agent: "zed", hour: 7))
      }
      // The report, read inside the open unit, already sees its turns.
      open = try store.statistics(StatisticsQuery())
    }
    #expect(try store.statistics(StatisticsQuery()) == open)
    let committed = try counts(store)
    #expect(committed.kept == committed.counted)
    #expect(!committed.kept.contains { $0.contains("zed") })

    try store.inUnit {
      try store.recordTurn(turn(id, "later", intent: "thanks", agent: "bo", hour: 9))
    }
    try store.recordTurn(turn(id, "after", intent: "thanks", agent: "bo", hour: 9))
    let final = try counts(store)
    #expect(final.kept == final.counted)
    #expect(final.kept.contains { $0.contains("thanks bo 2") })
  }

  @Test func aDatabaseCountedByTheOldTriggerKeepsItsCountsAndLosesTheTrigger() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let queue = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(queue, upTo: "v5-analytics")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO conversations (id, channel, role, started_at) VALUES (1, 'pipe', 'agent', ?);
          INSERT INTO messages (conversation_id, speaker, text, intent, role, channel, at)
          VALUES (1, 'agent', 'hi', 'greeting', 'agent', 'pipe', ?),
            (1, 'bot', 'Hello', 'greeting', 'agent', 'pipe', ?);
          """,
        arguments: StatementArguments(Array(repeating: StoredTime.text(Fixtures.now), count: 3)))
    }
    try queue.close()
    let store = try SQLiteStore(path: path, seedDemo: false)
    let triggers = try store.writer.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    #expect(triggers.isEmpty)
    #expect(try counts(store).kept.contains { $0.hasSuffix("pipe greeting (none) 1") })
    try store.recordTurn(turn(1, "again", intent: "greeting", agent: nil, hour: 0))
    let after = try counts(store)
    #expect(after.kept == after.counted)
    #expect(after.kept.contains { $0.hasSuffix("pipe greeting (none) 2") })
  }
}
