import Dialogue
import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

/// Rules applied by the engine before a request is answered, on a real demo database.
@Suite struct RulesInEngineTests {
  static let shipped: RuleSet = {
    let known = Set(EngineFactory.catalog.intents.map(\.name))
    return (try? RuleLoader.load(directory: RepositoryPaths.intents, knownIntents: known))
      ?? RuleSet()
  }()

  private func engine(rules: RuleSet = shipped) throws -> DialogueEngine {
    let engine = try RulesTestEngine.make()
    engine.rules = rules
    return engine
  }

  private func session(_ role: Role, _ customer: String? = nil, channel: Channel = .test)
    -> Session
  {
    Session(
      settings: SessionSettings(
        role: role, customerID: customer, channel: channel, roleIsExplicit: true))
  }

  @Test(arguments: [("C-1001", Ticket.Priority.high), ("C-1003", .normal)])
  func goldCustomersGetAHighPriorityTicket(customer: String, priority: Ticket.Priority) throws {
    let engine = try engine()
    let session = session(.customer, customer)
    let turn = try engine.respond(to: "can I talk to a human please", in: session)
    #expect(turn.intent == "human_agent")
    let tickets = try engine.store.tickets(customerID: customer, openOnly: true)
    let ticket = try #require(tickets.first { $0.conversationID == session.conversationID })
    #expect(ticket.priority == priority)
    #expect(turn.reply.contains(ticket.id))
  }

  @Test(arguments: [
    (Role.customer, String?("C-1111"), "order 1038", "needs the finance role"),
    (.customer, "C-1107", "order 1008", "$163.93"),
    (.finance, nil, "order 1038", "$619.92"),
    (.admin, nil, "order 1038", "$619.92"),
    (.customer, "C-1001", "order 1038", "I couldn't find order 1038."),
  ])
  func refundsAboveFiveHundredNeedFinance(
    role: Role, customer: String?, order: String, expected: String
  ) throws {
    let engine = try engine()
    let turn = try engine.respond(to: "refund status for \(order)", in: session(role, customer))
    #expect(turn.reply.contains(expected), "\(turn.reply)")
  }

  @Test func largeQuotesGetANote() throws {
    let engine = try engine()
    let session = session(.customer, "C-1001")
    let large = try engine.respond(to: "quote for 200 units of P-1004", in: session)
    #expect(large.reply.hasSuffix("who will call you within one business day."))
    let small = try engine.respond(to: "quote for 2 units of P-1004", in: session)
    #expect(!small.reply.contains("sales manager"))
  }

  @Test(arguments: [
    (Channel.console, 20, true), (.console, 10, false), (.pipe, 20, false),
  ])
  func theAfterHoursNoteFollowsTheClockOnTheConsole(
    channel: Channel, hourInTokyo: Int, noted: Bool
  ) throws {
    let instant = Date(timeIntervalSince1970: 1_795_946_400 + Double(hourInTokyo - 19) * 3600)
    let base = try RulesTestEngine.make()
    let engine = DialogueEngine(
      catalog: base.catalog, classifier: base.classifier, store: base.store,
      handlers: .backOffice, clock: FixedClock(instant))
    engine.rules = Self.shipped
    let turn = try engine.respond(
      to: "can I talk to a human please", in: session(.customer, "C-1003", channel: channel))
    #expect(turn.reply.contains("Our office is closed now") == noted, "\(turn.reply)")
  }

  @Test func answersCanBeReplacedOrChosenByLanguage() throws {
    let text = """
      rules:
        - name: japanese_greeting
          when: {intent: greeting, language: ja}
          then:
            answer: {en: unused, ja: いらっしゃいませ。}
            note: {ja: ご用件をどうぞ。}
        - name: escalate_refunds
          when: {intent: refund_status, role: agent}
          then: {escalate: {priority: urgent, team: billing}}
      """
    let known = Set(EngineFactory.catalog.intents.map(\.name))
    let engine = try engine(rules: try RuleLoader.parse(text, path: "r.yml", knownIntents: known))
    let greeting = try engine.respond(to: "こんにちは", in: session(.agent))
    #expect(greeting.reply == "いらっしゃいませ。ご用件をどうぞ。")
    let english = try engine.respond(to: "hello", in: session(.agent))
    #expect(!english.reply.contains("unused"))
    let refund = try engine.respond(to: "refund status for order 1008", in: session(.agent))
    #expect(refund.reply.contains("priority urgent"))
    #expect(refund.reply.contains("billing"))
  }
}

/// The shared test engine (the matcher is trained once, by ``EngineFactory``).
enum RulesTestEngine {
  static func make() throws -> DialogueEngine {
    try EngineFactory.engine()
  }
}
