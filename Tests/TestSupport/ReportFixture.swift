import Foundation
import Office

/// A small, fixed conversation log for report tests: three channels, four days, two agents,
/// resolved, escalated and abandoned conversations, and a fallback backlog with two themes.
public enum ReportFixture {
  /// A new in-memory store holding the fixture log.
  public static func store() throws -> SQLiteStore {
    let store = try SQLiteStore(inMemorySeeded: false)
    let day = 86_400.0
    let start = Date(timeIntervalSince1970: 1_793_577_600)  // 2026-11-02 00:00 UTC
    let lines:
      [(
        channel: Channel, agent: String?, day: Double, hour: Double, outcome: ConversationOutcome,
        turns: [(String, String, Double)]
      )] = [
        (
          .console, "mia", 0, 1, .resolved,
          [("hello", "greeting", 0.98), ("where is my order 1002", "order_status", 0.95)]
        ),
        (.console, "mia", 0, 2, .escalated, [("I want a human", "human_agent", 0.9)]),
        (
          .pipe, nil, 1, 1, .resolved,
          [("営業時間は？", "business_hours", 0.97), ("ありがとう", "thanks", 0.99)]
        ),
        (.simulated, nil, 1, 3, .abandoned, [("what's the weather like in osaka", "oos", 0.12)]),
        (
          .simulated, nil, 2, 3, .resolved,
          [
            ("osaka weather tomorrow", "oos", 0.2),
            ("do you take credit cards", "payment_methods", 0.93),
          ]
        ),
        (
          .console, "ken", 3, 8, .resolved,
          [("weather forecast for osaka", "oos", 0.1), ("返品したい", "return_policy", 0.96)]
        ),
        (
          .pipe, nil, 3, 8, .abandoned,
          [
            ("can you sing me a song", "oos", 0.15), ("sing a song please", "oos", 0.3),
            ("my parcel arrived damaged", "warranty", 0.41),
          ]
        ),
      ]
    for line in lines {
      let at = start.addingTimeInterval(line.day * day + line.hour * 3_600)
      let id = try store.startConversation(
        NewConversation(
          customerID: "C-1001", channel: line.channel, agent: line.agent, role: .agent,
          startedAt: at))
      for (offset, turn) in line.turns.enumerated() {
        try store.recordTurn(
          TurnRecord(
            conversationID: id, speaker: "agent", text: turn.0, reply: "reply", intent: turn.1,
            confidence: turn.2, slots: [:], language: "en", agent: line.agent, role: .agent,
            channel: line.channel, at: at.addingTimeInterval(Double(offset) * 60)))
      }
      try store.endConversation(id: id, outcome: line.outcome, at: at.addingTimeInterval(300))
    }
    return store
  }
}
