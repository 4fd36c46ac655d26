import Foundation
import Testing

@testable import Office

@Suite struct ConversationLogTests {
  private func start(_ store: SQLiteStore, customer: String? = "C-1001") throws -> Int64 {
    try store.startConversation(
      NewConversation(
        customerID: customer, channel: .test, agent: "ana", role: .customer,
        startedAt: Fixtures.now))
  }

  @Test func recordTurnWritesTheLineAndTheReply() throws {
    let store = try Fixtures.seededStore()
    let id = try start(store)
    try store.recordTurn(Fixtures.turn(id, "where is my order 1002?", reply: "Order 1002 shipped."))
    let messages = try Fixtures.lines(store, .messages)
    #expect(
      messages == [
        #"{"id":"1","conversation_id":"1","speaker":"customer","text":"where is my order 1002?","intent":"order_status","confidence":0.875,"slots":{"order_id":"1002"},"language":"en","agent":"ana","role":"customer","channel":"test","at":"2026-11-01T09:00:00.000Z","decision":null,"matcher_intent":null,"matcher_confidence":null,"actions":null}"#,
        #"{"id":"2","conversation_id":"1","speaker":"bot","text":"Order 1002 shipped.","intent":"order_status","confidence":0.875,"slots":{"order_id":"1002"},"language":"en","agent":"ana","role":"customer","channel":"test","at":"2026-11-01T09:00:00.000Z","decision":null,"matcher_intent":null,"matcher_confidence":null,"actions":null}"#,
      ])
  }

  @Test func turnOfUnknownConversationWritesNothing() throws {
    let store = try Fixtures.seededStore()
    #expect(throws: StoreError.self) {
      try store.recordTurn(Fixtures.turn(99, "hello", reply: "Hi"))
    }
    #expect(try Fixtures.lines(store, .messages).isEmpty)
  }

  @Test func endConversationRecordsTheOutcome() throws {
    let store = try Fixtures.seededStore()
    let id = try start(store, customer: "c1001")
    try store.endConversation(id: id, outcome: .resolved, at: Fixtures.now.addingTimeInterval(60))
    #expect(
      try Fixtures.lines(store, .conversations) == [
        #"{"id":"1","customer_id":"C-1001","channel":"test","outcome":"resolved","agent":"ana","role":"customer","started_at":"2026-11-01T09:00:00.000Z","ended_at":"2026-11-01T09:01:00.000Z"}"#
      ])
    #expect(throws: StoreError.self) {
      try store.endConversation(id: 42, outcome: .abandoned, at: Fixtures.now)
    }
  }

  @Test func recentConversationsListIntentsNewestFirst() throws {
    let store = try Fixtures.seededStore()
    let first = try start(store)
    try store.recordTurn(Fixtures.turn(first, "hi", reply: "Hello", intent: "greeting"))
    try store.recordTurn(Fixtures.turn(first, "order 1002?", reply: "Shipped"))
    try store.recordTurn(Fixtures.turn(first, "hello again", reply: "Hello", intent: "greeting"))
    try store.endConversation(id: first, outcome: .resolved, at: Fixtures.now)
    let second = try start(store)
    let recent = try store.recentConversations(customerID: "C-1001", limit: 5)
    #expect(recent.map(\.id) == [second, first])
    #expect(recent[1].intents == ["greeting", "order_status"])
    #expect(recent[1].outcome == .resolved)
    #expect(recent[0].outcome == .open)
  }

  @Test func twoProcessesWorthOfConnectionsShareOneFile() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    let one = try SQLiteStore(path: path)
    let two = try SQLiteStore(path: path)
    let a = try start(one)
    let b = try start(two)
    for index in 0..<50 {
      try one.recordTurn(Fixtures.turn(a, "line \(index)", reply: "ok"))
      try two.recordTurn(Fixtures.turn(b, "line \(index)", reply: "ok"))
    }
    #expect(try Fixtures.lines(one, .messages).count == 200)
  }
}
