import Foundation
import GRDB
import Testing

@testable import Office

/// A database written by a newer program is refused, and left as it was.
@Suite struct NewerSchemaTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var sql: String
    var schema: Int
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "user_version", sql: "PRAGMA user_version = 99", schema: 99),
    Case(
      id: "an unknown migration",
      sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v7-from-the-future')",
      schema: Schema.version + 1),
  ]

  @Test(arguments: cases)
  func isRefusedAndNotWritten(_ test: Case) throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    do {
      let store = try SQLiteStore(path: path)
      try store.writer.write { db in try db.execute(sql: test.sql) }
      try store.writer.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
    #expect(
      error?.message
        == "cannot open database \(path): this database was written by a newer Switchboard "
        + "(schema \(test.schema)); this program knows up to \(Schema.version)")
    #expect(error?.kind == .cannotOpen(path: path))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func theCurrentSchemaOpens() throws {
    let path = Fixtures.temporaryPath()
    defer { Fixtures.removeFolder(of: path) }
    _ = try SQLiteStore(path: path)
    _ = try SQLiteStore(path: path)
    _ = try SQLiteStore(path: path, seedDemo: false)
  }
}
