import Dialogue
import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

/// The slots a handler finds in words are declared by the handler itself: the engine asks it for
/// those only, and `intents validate` takes the registry's declarations as known slots (it kept
/// a hand-written list before).
@Suite struct SlotsFoundInWordsTests {
  /// A `leave_balance` that would find any employee, declaring the slots given.
  private struct Finder: IntentHandler {
    let name = "leave_balance"
    let declared: Set<String>
    var slotsFoundInWords: Set<String> { declared }

    func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws -> String? {
      "E-1001"
    }

    func handle(_ context: HandlerContext) throws -> HandlerOutcome {
      .answer("found \(context.slots["employee"] ?? "nobody")")
    }
  }

  private func session() -> Session {
    Session(settings: SessionSettings(role: .hr, customerID: nil, channel: .test))
  }

  @Test func theBackOfficeDeclaresEverySlotItsHandlersFind() {
    #expect(
      HandlerRegistry.backOffice.slotsFoundInWords == [
        "employee", "product_id", "quantity", "customer_id",
      ])
  }

  @Test func aHandlerIsAskedForADeclaredSlot() throws {
    let engine = try TestEngine.make(handlers: HandlerRegistry([Finder(declared: ["employee"])]))
    let turn = try engine.respond(to: "how many leave days does she have", in: session())
    #expect(turn.intent == "leave_balance")
    #expect(turn.reply == "found E-1001")
  }

  @Test func aHandlerIsNotAskedForASlotItDoesNotDeclare() throws {
    let engine = try TestEngine.make(handlers: HandlerRegistry([Finder(declared: [])]))
    let turn = try engine.respond(to: "how many leave days does she have", in: session())
    #expect(turn.intent == "leave_balance")
    #expect(turn.reply != "found E-1001")
  }
}
