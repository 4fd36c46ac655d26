import Foundation
import Office
import TestSupport
import Testing

/// `switchboard db prune --before DAY` (admin) deletes older conversations and their messages,
/// prints what it removed, and keeps the report's daily counts of turns.
@Suite struct PruneTests {
  /// A database with one conversation of two turns on each of 2026-11-02 ... 2026-11-05.
  static func database(_ folder: TemporaryFolder) throws -> String {
    let db = folder.file("x.sqlite")
    let store = try SQLiteStore(path: db)
    let start = Date(timeIntervalSince1970: 1_793_577_600)  // 2026-11-02 00:00 UTC
    for day in 0..<4 {
      let at = start.addingTimeInterval(Double(day) * 86_400 + 3_600)
      let id = try store.startConversation(
        NewConversation(
          customerID: "C-1001", channel: .console, agent: "mia", role: .agent, startedAt: at))
      for turn in ["hello", "where is my order 1002"] {
        try store.recordTurn(
          TurnRecord(
            conversationID: id, speaker: "agent", text: turn, reply: "reply", intent: "greeting",
            confidence: 0.9, slots: [:], language: "en", agent: "mia", role: .agent,
            channel: .console, at: at))
      }
      try store.endConversation(id: id, outcome: .resolved, at: at.addingTimeInterval(60))
    }
    return db
  }

  @Test func pruneRemovesOlderConversationsAndKeepsTheDailyCounts() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.database(folder)
    let before = try SQLiteStore(path: db).statistics(StatisticsQuery())
    let refused = try BinaryRunner.run(["db", "prune", "--before", "2026-11-04", "--db", db])
    #expect(refused.status == 2)
    #expect(refused.stderr == "switchboard: db prune: needs the admin role; this is agent\n")
    let bad = try BinaryRunner.run(
      ["db", "prune", "--before", "2026-02-30", "--role", "admin", "--db", db])
    #expect(bad.status == 2)
    #expect(bad.stderr == "switchboard: --before: '2026-02-30' is not a date (YYYY-MM-DD)\n")

    let result = try BinaryRunner.run(
      ["db", "prune", "--before", "2026-11-04", "--role", "admin", "--db", db])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stdout
        == "Removed 2 conversations and 8 messages started before 2026-11-04; the report's daily counts of turns stay.\n"
    )
    let conversations = try BinaryRunner.run(
      ["export", "conversations", "--role", "admin", "--db", db])
    let days = conversations.stdout.split(separator: "\n").map { line in
      line.range(of: #"2026-11-0\d"#, options: .regularExpression).map { String(line[$0]) }
    }
    #expect(days == ["2026-11-04", "2026-11-05"])
    let messages = try BinaryRunner.run(["export", "messages", "--role", "admin", "--db", db])
    #expect(messages.stdout.split(separator: "\n").count == 8)
    let after = try SQLiteStore(path: db).statistics(StatisticsQuery())
    #expect(after.days.map(\.turns) == before.days.map(\.turns))
    #expect(after.intents == before.intents)
    let log = try SQLiteStore(path: db).auditLog(limit: 50)
    #expect(log.contains { $0.action == "log.prune" && $0.role == .admin && $0.allowed })
  }
}
