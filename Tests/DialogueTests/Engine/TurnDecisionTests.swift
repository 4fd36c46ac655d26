import IntentMatching
import Office
import TestSupport
import Testing

@testable import Dialogue

/// Decisions are values: computed from the line, the matcher's result and the session's state,
/// without records or handlers running.
@Suite struct TurnDecisionTests {
  private let engine: DialogueEngine

  init() throws {
    engine = try EngineFactory.engine()
  }

  private func input(
    _ line: String, pending: PendingQuestion? = nil, context: ConversationContext = .init(),
    role: Role = .agent, customer: String? = nil
  ) -> DecisionInput {
    DecisionInput(
      line: line, match: engine.classify(line), language: Language.detect(line),
      holdsCardNumber: false, pending: pending, context: context,
      settings: SessionSettings(role: role, customerID: customer))
  }

  @Test func aBareNumberAnswersThePendingQuestionWithoutAConfidence() {
    let question = PendingQuestion.slot(
      intent: "order_status", name: "order_id", slots: [:], question: "Which order number?")
    let decision = engine.decide(input("1002", pending: question))
    #expect(decision.kind == .slotAnswer)
    #expect(decision.intent == "order_status")
    #expect(decision.slots["order_id"] == "1002")
    #expect(decision.answeredSlot == "order_id")
    #expect(decision.answeredQuestion == "Which order number?")
    #expect(decision.confidence == nil)
    #expect(decision.matcher == engine.classify("1002"))
  }

  @Test func theTypedOrderNumberWinsOverTheOneInContext() {
    var context = ConversationContext()
    context.intent = "order_status"
    context.slots = ["order_id": "1002"]
    let decision = engine.decide(input("where is order 12345678", context: context))
    #expect(decision.kind == .newRequest)
    #expect(decision.slots["order_id"] == "12345678")
    #expect(decision.confidence == decision.matcher.confidence)
  }

  @Test func theContextFillsOnlyWhatTheLineLacks() {
    var context = ConversationContext()
    context.intent = "sales_quote"
    context.slots = ["quantity": "5", "product_id": "P-1002"]
    let decision = engine.decide(input("見積もりをお願いします P-1001 を10個", context: context))
    #expect(decision.slots["quantity"] == "10")
    #expect(decision.slots["product_id"] == "P-1001")
  }

  @Test func aRoleThatMayNeverReadTheRecordsIsRefusedBeforeAnySlotIsAsked() {
    let decision = engine.decide(input("how many leave days do I have left?", role: .agent))
    #expect(decision.kind == .refused)
    #expect(decision.intent == "leave_balance")
    #expect(decision.requiredRoles.contains(.hr))
  }

  @Test func yesAndNoAnswerAPendingConfirmation() {
    let confirmation = Confirmation(
      intent: "cancel_order", slots: ["order_id": "1003"], onYes: { _ in .answer("done") },
      onNo: { _ in "kept" })
    let yes = engine.decide(input("はい", pending: .confirmation(confirmation)))
    #expect(yes.kind == .confirmed)
    #expect(yes.slots == ["order_id": "1003"])
    let no = engine.decide(input("no", pending: .confirmation(confirmation)))
    #expect(no.kind == .declined)
    let other = engine.decide(
      input("what are your opening hours?", pending: .confirmation(confirmation)))
    #expect(other.kind == .newRequest)
    #expect(other.intent == "business_hours")
  }

  @Test func aLineOfNoIntentIsOutOfScope() {
    let decision = engine.decide(input("what is the capital of mongolia"))
    #expect(decision.kind == .outOfScope)
    #expect(decision.intent == Match.outOfScope)
  }
}
