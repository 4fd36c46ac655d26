import Dialogue
import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

@Suite struct DialogueEngineTests {
  private func session(role: Role = .agent, customer: String? = nil) -> Session {
    Session(settings: SessionSettings(role: role, customerID: customer, channel: .test))
  }

  @Test(arguments: [
    ("what are your opening hours?", "business_hours", "9:00"),
    ("営業時間は？", "business_hours", "9:00"),
    ("hello", "greeting", "Welcome"),
    ("こんにちは", "greeting", "サポート"),
  ])
  func answersFAQInTheUsersLanguage(line: String, intent: String, expected: String) throws {
    let engine = try EngineFactory.engine()
    let turn = try engine.respond(to: line, in: session())
    #expect(turn.intent == intent)
    #expect(turn.reply.contains(expected))
    #expect(turn.language == Language.detect(line))
  }

  @Test func outOfScopeSaysWhatTheConsoleCanDo() throws {
    let engine = try EngineFactory.engine()
    let capabilities = try #require(engine.catalog.intent(named: "capabilities"))
    let turn = try engine.respond(to: "what is the capital of mongolia", in: session())
    #expect(turn.intent == Match.outOfScope)
    #expect(turn.reply.hasPrefix("Sorry, I didn't understand that."))
    #expect(turn.reply.contains(try #require(capabilities.answers[.english]?.first)))
  }

  @Test func asksForAMissingSlotAndTheNextLineFillsIt() throws {
    let engine = try EngineFactory.engine()
    let session = session()
    let first = try engine.respond(to: "where is my order?", in: session)
    #expect(first.intent == "order_status")
    #expect(first.reply == "Which order number?")
    let second = try engine.respond(to: "1002", in: session)
    #expect(second.intent == "order_status")
    #expect(second.slots["order_id"] == "1002")
  }

  @Test func aFollowUpReusesTheLastIntent() throws {
    let engine = try EngineFactory.engine()
    let session = session()
    _ = try engine.respond(to: "where is my order 1002?", in: session)
    let followUp = try engine.respond(to: "and 1003?", in: session)
    #expect(followUp.intent == "order_status")
    #expect(followUp.slots["order_id"] == "1003")
  }

  @Test func everyTurnIsInTheLogBeforeItIsReturned() throws {
    let engine = try EngineFactory.engine()
    let session = session()
    _ = try engine.respond(to: "hello", in: session)
    _ = try engine.respond(to: "返品について教えて", in: session)
    var lines: [String] = []
    try engine.store.export(.messages, format: .jsonl) { lines.append($0) }
    #expect(lines.count == 4)
    #expect(lines[0].contains("\"speaker\":\"agent\"") && lines[0].contains("\"text\":\"hello\""))
    #expect(
      lines[1].contains("\"speaker\":\"bot\"") && lines[1].contains("\"intent\":\"greeting\""))
    #expect(lines[3].contains("\"intent\":\"return_policy\""))
  }

  @Test func endingAConversationRecordsItsOutcome() throws {
    let engine = try EngineFactory.engine()
    let session = session()
    _ = try engine.respond(to: "hello", in: session)
    try engine.endConversation(of: session, outcome: .escalated)
    #expect(session.conversationID == nil)
    var lines: [String] = []
    try engine.store.export(.conversations, format: .jsonl) { lines.append($0) }
    #expect(lines.count == 1)
    #expect(lines[0].contains("\"outcome\":\"escalated\""))
  }

  @Test func refusesOverlongLines() throws {
    let engine = try EngineFactory.engine()
    let line = String(repeating: "a", count: DialogueEngine.maximumLineLength + 1)
    #expect(throws: DialogueError.self) { try engine.respond(to: line, in: session()) }
  }
}
