import Foundation
import Synchronization
import Testing

@testable import Office

@Suite struct SQLiteStoreTests {
  @Test func newFileIsCreatedMigratedAndSeeded() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    let store = try SQLiteStore(path: path)
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(try store.customer(id: "C-1001")?.language == "en")
    let counts = Dictionary(
      uniqueKeysWithValues: try store.tableCounts().map { ($0.name, $0.rows) })
    #expect(counts["customers"] == 200)
    #expect(counts["orders"] == 1_000)
    #expect(counts["products"] == 50)
    #expect(counts["employees"] == 40)
  }

  @Test func reopeningDoesNotSeedAgain() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    _ = try SQLiteStore(path: path)
    let again = try SQLiteStore(path: path)
    #expect(try again.tableCounts().first { $0.name == "customers" }?.rows == 200)
  }

  @Test func severalConnectionsOpeningANewFileAtOnce() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 4) { _ in
      do {
        _ = try SQLiteStore(path: path)
      } catch {
        failures.withLock { $0.append("\(error)") }
      }
    }
    #expect(failures.withLock { $0 } == [])
    let store = try SQLiteStore(path: path)
    #expect(try store.tableCounts().first { $0.name == "customers" }?.rows == 200)
  }

  @Test func fileIsInWALMode() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    let store = try SQLiteStore(path: path, seedDemo: false)
    #expect(try store.isEmpty())
    let journal = try store.writer.read { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode")
    }
    #expect(journal == "wal")
    let synchronous = try store.writer.read { db in
      try Int.fetchOne(db, sql: "PRAGMA synchronous")
    }
    #expect(synchronous == 1)  // NORMAL
  }

  @Test func migrationsAreNamedSteps() throws {
    let store = try SQLiteStore(inMemorySeeded: false)
    let applied = try store.writer.read { db in
      try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
    }
    #expect(
      Array(applied.prefix(4)) == [
        "v1-crm", "v2-back-office", "v3-tickets-leads-audit", "v4-audit-customer",
      ])
    #expect(applied == Schema.migrator.migrations)
    #expect(try store.isEmpty())
  }

  @Test func unusablePathIsOneLineNamingThePath() throws {
    let path = "/proc/switchboard-nowhere/db.sqlite"
    let error = #expect(throws: StoreError.self) { _ = try SQLiteStore(path: path) }
    #expect(error?.kind == .cannotOpen(path: path))
    #expect(error?.message.contains(path) == true)
    #expect(error?.message.contains("\n") == false)
  }

  @Test func directoryInsteadOfFileIsAnError() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let error = #expect(throws: StoreError.self) { _ = try SQLiteStore(path: path) }
    #expect(error?.message.contains(path) == true)
  }

  @Test func seedingTwiceIsRefusedUnlessReplacing() throws {
    let store = try Fixtures.seededStore()
    #expect(throws: StoreError.self) { _ = try store.seedDemo(scale: 1) }
    let counts = try store.seedDemo(scale: 2, replacing: true)
    #expect(counts.rows("orders") == 2_000)
    #expect(try store.tableCounts().first { $0.name == "orders" }?.rows == 2_000)
  }
}

@Suite struct ReseedingTests {
  @Test func replacingClearsConversationsAndAudit() throws {
    let store = try Fixtures.seededStore()
    let id = try store.startConversation(
      NewConversation(
        customerID: "C-1001", channel: .test, agent: nil, role: .customer,
        startedAt: Fixtures.now))
    try store.recordTurn(Fixtures.turn(id, "hello", reply: "Hi"))
    _ = try Fixtures.office(store, .agent).order(id: 1_002)
    _ = try store.seedDemo(scale: 1, replacing: true)
    let counts = Dictionary(
      uniqueKeysWithValues: try store.tableCounts().map { ($0.name, $0.rows) })
    #expect(counts["messages"] == 0)
    #expect(counts["conversations"] == 0)
    #expect(counts["audit_log"] == 0)
    #expect(counts["orders"] == 1_000)
  }
}
