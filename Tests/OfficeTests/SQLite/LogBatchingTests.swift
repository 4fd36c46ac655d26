import Foundation
import GRDB
import Testing

@testable import Office

/// Group commit of the conversation and audit logs: held rows reach the file only together, in
/// order, and nothing held is lost or hidden from a read of the logs.
@Suite struct LogBatchingTests {
  private func start(_ store: SQLiteStore) throws -> Int64 {
    try store.startConversation(
      NewConversation(
        customerID: "C-1001", channel: .pipe, agent: nil, role: .customer,
        startedAt: Fixtures.now))
  }

  /// Messages in the file as another connection sees them (not through the store).
  private func messagesOnDisk(_ path: String) throws -> [String] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      try String.fetchAll(db, sql: "SELECT text FROM messages ORDER BY id")
    }
  }

  @Test func heldTurnsReachTheFileTogetherAtTheCommit() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    let store = try SQLiteStore(path: path)
    let id = try start(store)
    try store.batchLogWrites(true)
    try store.recordTurn(Fixtures.turn(id, "one", reply: "1"))
    try store.recordTurn(Fixtures.turn(id, "two", reply: "2"))
    #expect(try messagesOnDisk(path).isEmpty)
    try store.commitLog()
    #expect(try messagesOnDisk(path) == ["one", "1", "two", "2"])
    try store.recordTurn(Fixtures.turn(id, "three", reply: "3"))
    try store.batchLogWrites(false)
    #expect(try messagesOnDisk(path) == ["one", "1", "two", "2", "three", "3"])
    try store.recordTurn(Fixtures.turn(id, "four", reply: "4"))
    #expect(try messagesOnDisk(path).suffix(2) == ["four", "4"])
  }

  @Test func anotherWriteCarriesTheHeldRowsInItsTransaction() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    let store = try SQLiteStore(path: path)
    let id = try start(store)
    try store.batchLogWrites(true)
    try store.recordTurn(Fixtures.turn(id, "bye", reply: "Goodbye"))
    try store.appendAudit(
      AuditEntry(
        at: Fixtures.now, actor: "C-1001", role: .customer, action: "order.read",
        target: "1002", allowed: true, detail: "", customerID: "C-1001"))
    try store.endConversation(id: id, outcome: .resolved, at: Fixtures.now)
    #expect(try messagesOnDisk(path) == ["bye", "Goodbye"])
    let audited = try DatabaseQueue(path: path).read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log WHERE action = 'order.read'")
    }
    #expect(audited == 1)
  }

  @Test func readsOfTheLogsSeeHeldRows() throws {
    let store = try Fixtures.seededStore()
    let id = try start(store)
    try store.batchLogWrites(true)
    try store.recordTurn(Fixtures.turn(id, "hi", reply: "Hello", intent: "greeting"))
    #expect(
      try store.recentConversations(customerID: "C-1001", limit: 1)[0].intents == ["greeting"])
    try store.recordTurn(Fixtures.turn(id, "again", reply: "Hello", intent: "greeting"))
    #expect(try Fixtures.lines(store, .messages).count == 4)
    try store.appendAudit(
      AuditEntry(
        at: Fixtures.now, actor: "mia", role: .agent, action: "customer.read", target: "C-1001",
        allowed: true, detail: "", customerID: "C-1001"))
    #expect(try store.auditLog(limit: 1).map(\.action) == ["customer.read"])
  }

  @Test func aFailedCommitKeepsTheHeldRowsForTheNextTry() throws {
    let store = try Fixtures.seededStore()
    let id = try start(store)
    try store.batchLogWrites(true)
    try store.recordTurn(Fixtures.turn(99, "orphan", reply: "no such conversation"))
    #expect(throws: StoreError.self) { try store.commitLog() }
    #expect(store.heldLog.count == 1)
    #expect(throws: StoreError.self) { try Fixtures.lines(store, .messages) }
    _ = store.heldLog.take()
    #expect(try Fixtures.lines(store, .messages).isEmpty)
    try store.recordTurn(Fixtures.turn(id, "fine", reply: "ok"))
    try store.commitLog()
    #expect(try Fixtures.lines(store, .messages).count == 2)
  }
}
