import Dialogue
import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

/// Multi-turn conversations with the back-office handlers: slot filling, follow-ups, context.
@Suite struct ConversationTests {
  /// Lines typed in one session and, per line, the intent and a piece of the reply.
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var customer: String?
    var turns: [(line: String, intent: String, reply: String)]
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "a bare number follows up on the last order", customer: "C-1001",
      turns: [
        ("where is my order 1002?", "order_status", "is shipped"),
        ("1001", "order_status", "Order 1001"),
        ("what about 1003", "order_status", "is processing"),
      ]),
    Case(
      id: "cancel it reuses the order", customer: "C-1001",
      turns: [
        ("track order 1003", "track_shipment", "has not shipped yet"),
        ("cancel it", "cancel_order", "Cancel order 1003"),
        ("no", "cancel_order", "stays as it is"),
      ]),
    Case(
      id: "a short slot answer does not switch intent", customer: "C-1001",
      turns: [
        ("can I get a quote for P-1003", "sales_quote", "How many units"),
        ("20 units", "sales_quote", "$799.80"),
      ]),
    Case(
      id: "a number answers in the language of the question", customer: "C-1002",
      turns: [
        ("私の注文はどうなってる", "order_status", "注文番号を教えてください。"),
        ("1004", "order_status", "注文1004"),
      ]),
    Case(
      id: "the session's customer fills customer_id", customer: "C-1002",
      turns: [("残高を教えてください", "account_balance", "アカウントC-1002")]),
    Case(
      id: "a free-text answer fills the contact", customer: "C-1001",
      turns: [
        ("update my details", "update_contact", "new email address or phone number"),
        ("+1 555 010 9999", "update_contact", "to +1 555 010 9999 for C-1001"),
        ("はい", "update_contact", "変更しました"),
      ]),
  ]

  @Test(arguments: cases)
  func conversationsKeepTheirContext(_ example: Case) throws {
    let engine = try TestEngine.make()
    let session = Session(
      settings: SessionSettings(
        role: example.customer == nil ? .agent : .customer, customerID: example.customer,
        channel: .test))
    for (line, intent, reply) in example.turns {
      let turn = try engine.respond(to: line, in: session)
      #expect(turn.intent == intent, "\(line)")
      #expect(turn.reply.contains(reply), "\(line) → \(turn.reply)")
    }
  }
}
