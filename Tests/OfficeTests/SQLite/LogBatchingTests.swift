import Foundation
import GRDB
import Testing

@testable import Office

extension Store {
  /// `body` as one unit of work; its error, if any, is thrown after the unit is committed.
  func inUnit(_ body: () throws -> Void) throws {
    var failure: (any Error)?
    try unitOfWork {
      do { try body() } catch { failure = error }
    }
    if let failure { throw failure }
  }
}

/// Units of work: the writes of one reach the file together at its end, reads see them before,
/// and a failing write undoes only itself.
@Suite struct LogBatchingTests {
  private func start(_ store: SQLiteStore) throws -> Int64 {
    try store.startConversation(
      NewConversation(
        customerID: "C-1001", channel: .pipe, agent: nil, role: .customer,
        startedAt: Fixtures.now))
  }

  /// What another connection sees in the file (not through the store).
  private func onDisk(_ path: String, _ sql: String) throws -> [String] {
    try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: sql) }
  }

  private func messagesOnDisk(_ path: String) throws -> [String] {
    try onDisk(path, "SELECT text FROM messages ORDER BY id")
  }

  @Test func turnsReachTheFileTogetherAtTheCommit() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    let store = try SQLiteStore(path: path)
    let id = try start(store)
    try store.inUnit {
      try store.recordTurn(Fixtures.turn(id, "one", reply: "1"))
      try store.recordTurn(Fixtures.turn(id, "two", reply: "2"))
      #expect(try messagesOnDisk(path).isEmpty)
    }
    #expect(try messagesOnDisk(path) == ["one", "1", "two", "2"])
    try store.inUnit {
      try store.inUnit { try store.recordTurn(Fixtures.turn(id, "three", reply: "3")) }
      // A unit inside a unit joins it: nothing is committed before the outer one ends.
      #expect(try messagesOnDisk(path).count == 4)
    }
    #expect(try messagesOnDisk(path) == ["one", "1", "two", "2", "three", "3"])
    try store.recordTurn(Fixtures.turn(id, "four", reply: "4"))
    #expect(try messagesOnDisk(path).suffix(2) == ["four", "4"])
  }

  @Test func aWholeConversationAndItsAuditCommitAsOne() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    let store = try SQLiteStore(path: path)
    let audits = "SELECT action FROM audit_log WHERE action = 'order.read'"
    try store.inUnit {
      let id = try start(store)
      try store.recordTurn(Fixtures.turn(id, "bye", reply: "Goodbye"))
      try store.appendAudit(
        AuditEntry(
          at: Fixtures.now, actor: "C-1001", role: .customer, action: "order.read",
          target: "1002", allowed: true, detail: "", customerID: "C-1001"))
      try store.endConversation(id: id, outcome: .resolved, at: Fixtures.now)
      #expect(try onDisk(path, "SELECT outcome FROM conversations").isEmpty)
      #expect(try onDisk(path, audits).isEmpty)
    }
    #expect(try onDisk(path, "SELECT outcome FROM conversations") == ["resolved"])
    #expect(try messagesOnDisk(path) == ["bye", "Goodbye"])
    #expect(try onDisk(path, audits) == ["order.read"])
  }

  @Test func readsSeeTheOpenGroup() throws {
    let store = try Fixtures.seededStore()
    try store.inUnit {
      let id = try start(store)
      try store.recordTurn(Fixtures.turn(id, "hi", reply: "Hello", intent: "greeting"))
      #expect(
        try store.recentConversations(customerID: "C-1001", limit: 1)[0].intents == ["greeting"])
      #expect(try Fixtures.lines(store, .messages).count == 2)
      try store.appendAudit(
        AuditEntry(
          at: Fixtures.now, actor: "mia", role: .agent, action: "customer.read",
          target: "C-1001", allowed: true, detail: "", customerID: "C-1001"))
      #expect(try store.auditLog(limit: 1).map(\.action) == ["customer.read"])
    }
  }

  @Test func aFailingWriteInAGroupUndoesOnlyItself() throws {
    let store = try Fixtures.seededStore()
    try store.inUnit {
      let id = try start(store)
      try store.recordTurn(Fixtures.turn(id, "first", reply: "ok"))
      #expect(throws: StoreError.self) {
        try store.recordTurn(Fixtures.turn(99, "orphan", reply: "no such conversation"))
      }
      try store.recordTurn(Fixtures.turn(id, "second", reply: "ok"))
    }
    let texts = try Fixtures.lines(store, .messages).filter { !$0.contains("\"bot\"") }
    #expect(texts.count == 2)
    #expect(texts.allSatisfy { !$0.contains("orphan") })
  }
}

/// Customers and orders remembered while a group is open are forgotten by every business write.
@Suite struct GroupReadCacheTests {
  @Test func aWriteInTheGroupIsSeenByTheNextRead() throws {
    let store = try Fixtures.seededStore()
    try store.inUnit {
      _ = try store.startConversation(
        NewConversation(
          customerID: "C-1001", channel: .pipe, agent: nil, role: .customer,
          startedAt: Fixtures.now))
      let open = try store.orders(customerID: "C-1001", openOnly: true, limit: 5)
      let order = try #require(open.first { $0.status.isCancellable })
      #expect(try store.order(id: order.id)?.status == order.status)
      _ = try store.setOrderStatus(id: order.id, to: .cancelled)
      #expect(try store.order(id: order.id)?.status == .cancelled)
      #expect(
        try !store.orders(customerID: "C-1001", openOnly: true, limit: 5).map(\.id).contains(
          order.id))

      let before = try #require(try store.customer(id: "C-1001"))
      _ = try store.updateContact(customerID: "C-1001", email: "new@example.com", phone: nil)
      #expect(try store.customer(id: "C-1001")?.email == "new@example.com")
      #expect(before.email != "new@example.com")
    }
    #expect(try store.customer(id: "C-1001")?.email == "new@example.com")
  }
}

@Suite struct GroupReadCacheValueTests {
  @Test func aRememberedNilIsNotAMiss() {
    let cache = GroupReadCache()
    let missing: Int?? = cache.value("absent")
    #expect(missing == nil)
    cache.store(Int?.none, for: "nothing")
    let remembered: Int?? = cache.value("nothing")
    #expect(remembered == .some(nil))
    cache.store(Int?.some(3), for: "three")
    #expect(cache.value("three") == .some(Int?.some(3)))
    cache.forget()
    let forgotten: Int?? = cache.value("three")
    #expect(forgotten == nil)
  }
}

@Suite struct OrderSummaryTests {
  @Test func summariesNameTheSameOrdersWithoutTheirLines() throws {
    let store = try Fixtures.seededStore()
    let full = try store.orders(customerID: "C-1001", openOnly: false, limit: 10)
    let summaries = try store.orderSummaries(customerID: "C-1001", openOnly: false, limit: 10)
    #expect(!full.isEmpty)
    #expect(summaries.map(\.id) == full.map(\.id))
    #expect(summaries.map(\.status) == full.map(\.status))
    #expect(summaries.map(\.total) == full.map(\.total))
    #expect(summaries.allSatisfy { $0.lines.isEmpty && $0.shipment == nil })
    #expect(full.contains { !$0.lines.isEmpty })
  }
}
