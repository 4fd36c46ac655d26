import Dialogue
import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

/// Changes wait for a yes: cancellations and contact updates, in both languages.
@Suite struct ConfirmationTests {
  private func customer(_ id: String) -> Session {
    Session(settings: SessionSettings(role: .customer, customerID: id, channel: .test))
  }

  @Test(arguments: [
    ("cancel order 1003", "yes", Order.Status.cancelled, "is now cancelled"),
    ("cancel order 1003", "no", Order.Status.processing, "stays as it is"),
    ("注文1003をキャンセルしたい", "はい", Order.Status.cancelled, "キャンセルしました"),
    ("注文1003をキャンセルしたい", "いいえ", Order.Status.processing, "そのままにしておきます"),
  ])
  func cancellingWaitsForTheAnswer(
    request: String, answer: String, status: Order.Status, reply: String
  ) throws {
    let engine = try TestEngine.make()
    let session = customer("C-1001")
    let question = try engine.respond(to: request, in: session)
    #expect(try engine.store.order(id: 1003)?.status == .processing)
    #expect(question.reply.contains("1003"))
    let turn = try engine.respond(to: answer, in: session)
    #expect(turn.intent == "cancel_order")
    #expect(turn.reply.contains(reply), "\(turn.reply)")
    #expect(try engine.store.order(id: 1003)?.status == status)
  }

  @Test func aCancellationIsInTheAuditLog() throws {
    let engine = try TestEngine.make()
    let session = customer("C-1001")
    _ = try engine.respond(to: "cancel order 1003", in: session)
    _ = try engine.respond(to: "yes", in: session)
    let entries = try engine.store.auditLog(limit: 20)
    #expect(
      entries.contains {
        $0.action == "order.cancel" && $0.target == "1003" && $0.detail.contains("cancelled")
      })
  }

  @Test(arguments: ["delivered 1001", "shipped 1002"])
  func shippedOrdersAreNotCancelled(_ example: String) throws {
    let id = String(example.split(separator: " ")[1])
    let engine = try TestEngine.make()
    let turn = try engine.respond(to: "please cancel order \(id)", in: customer("C-1001"))
    #expect(turn.reply.contains("can no longer be cancelled"))
    #expect(
      try engine.store.order(id: Int64(id) ?? 0)?.status.rawValue
        == example.split(separator: " ")[0].description)
  }

  @Test(arguments: [
    ("yes", "emily.carter2@example.org"),
    ("no", "emily.carter@example.com"),
  ])
  func aNewEmailIsWrittenOnlyAfterYes(answer: String, stored: String) throws {
    let engine = try TestEngine.make()
    let session = customer("C-1001")
    _ = try engine.respond(to: "change my email to emily.carter2@example.org", in: session)
    _ = try engine.respond(to: answer, in: session)
    #expect(try engine.store.customer(id: "C-1001")?.email == stored)
  }

  @Test(arguments: ["my phone number is now 12", "change my email to someone@@example"])
  func malformedContactsAreRefusedWithoutAQuestion(_ line: String) throws {
    let engine = try TestEngine.make()
    let session = customer("C-1001")
    let before = try engine.store.customer(id: "C-1001")
    let turn = try engine.respond(to: line, in: session)
    #expect(!turn.reply.contains("yes or no"))
    #expect(try engine.store.customer(id: "C-1001") == before)
  }
}
