import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

@testable import Dialogue

/// A customer's question about someone else's record reads exactly like one about a missing record.
@Suite struct IsolationTests {
  @Test(arguments: [
    ("where is my order 1004?", "where is my order 99999?"),
    ("track order 1004", "track order 99999"),
    ("cancel order 1005", "cancel order 99999"),
    ("has invoice INV-1004 been paid", "has invoice INV-99999 been paid"),
    ("refund status for order 1008", "refund status for order 99999"),
    ("注文1004の状況を教えて", "注文99999の状況を教えて"),
  ])
  func anotherCustomersRecordLooksMissing(other: String, missing: String) throws {
    let engine = try TestEngine.make()
    let ask = { (line: String) throws -> String in
      let session = Session(
        settings: SessionSettings(role: .customer, customerID: "C-1001", channel: .test))
      return try engine.respond(to: line, in: session).reply
    }
    let hidden = try ask(other)
    let absent = try ask(missing)
    let digits = { (text: String) in text.filter(\.isNumber) }
    #expect(hidden.contains("couldn't find") || hidden.contains("見つかりませんでした"), "\(hidden)")
    #expect(
      hidden.replacingOccurrences(of: digits(other), with: "#")
        == absent.replacingOccurrences(of: digits(missing), with: "#"))
  }

  /// Every order of the demo company, as `switchboard export orders` lists it: its customer gets
  /// its real status, and another customer gets the answer for an order that does not exist.
  @Test func everyOrderAnswersItsOwnCustomerAndNoOtherOne() throws {
    let engine = try TestEngine.make()
    let store = try #require(engine.store as? SQLiteStore)
    var orders: [(id: String, customer: String, status: String)] = []
    try store.export(.orders, format: .jsonl) { line in
      guard
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = object["id"] as? String, let customer = object["customer_id"] as? String,
        let status = object["status"] as? String
      else { return }
      orders.append((id, customer, status))
    }
    #expect(orders.count == 1_000)
    let ask = { (line: String, customer: String) throws -> String in
      let session = Session(
        settings: SessionSettings(role: .customer, customerID: customer, channel: .test))
      return try engine.respond(to: line, in: session).reply
    }
    for order in orders {
      let own = try ask("where is my order \(order.id)?", order.customer)
      #expect(own.contains("Order \(order.id)") && own.contains(order.status), "\(own)")
      let stranger = order.customer == "C-1003" ? "C-1004" : "C-1003"
      let other = try ask("where is my order \(order.id)?", stranger)
      #expect(other == "I couldn't find order \(order.id).", "\(order.id): \(other)")
    }
  }

  /// A role that may never read a kind of record is refused before it is asked for a slot, and
  /// the refusal is audited; a role that may is asked (or answered) as before.
  @Test(arguments: [
    (Role.agent, "how many leave days does Sato have?", "employees.read", "hr"),
    (Role.agent, "what's the status of my refund?", "refunds.read", "finance"),
    (Role.it, "請求書の支払い状況を確認したい", "invoices.read", "agent"),
    (Role.finance, "where is my order?", "orders.read", "agent"),
  ])
  func aRoleThatMayNeverReadIsRefusedBeforeBeingAsked(
    role: Role, line: String, action: String, needed: String
  ) throws {
    let engine = try TestEngine.make()
    let session = Session(settings: SessionSettings(role: role, agent: "ksato", channel: .test))
    let turn = try engine.respond(to: line, in: session)
    #expect(turn.reply.contains(needed), "\(turn.reply)")
    #expect(session.pending == nil)
    let audit = try engine.store.auditLog(limit: 1)
    #expect(audit.first?.action == action)
    #expect(audit.first?.allowed == false)

    let allowed = Session(settings: SessionSettings(role: .admin, agent: "root", channel: .test))
    let asked = try engine.respond(to: line, in: allowed)
    #expect(!asked.reply.contains("needs the") && !asked.reply.contains("権限"), "\(asked.reply)")
  }

  @Test func theHandOverTicketIsLinkedToTheConversation() throws {
    let engine = try TestEngine.make()
    let session = Session(
      settings: SessionSettings(role: .customer, customerID: "C-1003", channel: .test))
    _ = try engine.respond(to: "can I talk to a human please", in: session)
    let conversation = try #require(session.conversationID)
    let tickets = try engine.store.tickets(customerID: "C-1003", openOnly: true)
    #expect(tickets.contains { $0.conversationID == conversation && $0.team == "support" })
    try engine.endConversation(of: session)
    let recent = try engine.store.recentConversations(customerID: "C-1003", limit: 1)
    #expect(recent.first?.outcome == .escalated)
  }
}
