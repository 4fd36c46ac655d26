import Foundation
import Office
import PostgresNIO
import Testing

@testable import OfficePostgres

/// A statement with binds that runs again is prepared once on the connection and run by name;
/// its rows read as an unnamed statement's do, and a new connection or a table whose columns
/// changed never leaves a stale statement behind.
@Suite(.serialized) struct PreparedStatementsTests {
  private static let customerName = "SELECT name FROM customers WHERE id = $1"

  private func open() throws -> (PostgresStore, () -> Void) {
    let (opened, remove) = try StoreBackend.postgres(try #require(StoreBackend.postgresServer))
      .open()
    return (try #require(opened as? PostgresStore), remove)
  }

  /// How many statements with this text the store's connection holds prepared.
  private func prepared(_ sql: String, in store: PostgresStore) throws -> Int64 {
    let escaped = sql.replacingOccurrences(of: "'", with: "''")
    let row = try store.rows(
      "SELECT COUNT(*) AS n FROM pg_prepared_statements WHERE statement = '\(escaped)'")[0]
    return try Cells(row).int("n")
  }

  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func aStatementIsPreparedAtItsSecondRunAndOnlyOnce() throws {
    let (store, remove) = try open()
    defer { remove() }
    let before = store.prepared.withLock { $0.count }
    var names: [String] = []
    for run in 1...4 {
      let row = try store.rows(Self.customerName, [int(1001)])[0]
      names.append(try Cells(row).text("name"))
      #expect(try prepared(Self.customerName, in: store) == (run < 2 ? 0 : 1), "run \(run)")
    }
    #expect(Set(names).count == 1)
    #expect(store.prepared.withLock { $0.count } == before + 1)
  }

  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func recordsReadThroughAPreparedStatementEqualTheFirstRead() throws {
    let (store, remove) = try open()
    defer { remove() }
    // Numbers, optional numbers, reals and text: the columns postgres-nio describes wrongly
    // for a statement it prepared.
    let queries: [RecordQuery] = [
      .order(id: 1002), .invoice(id: "INV-1001"), .customer(id: "C-1001"),
      .overview(customerID: "C-1001", conversations: 5),
    ]
    for query in queries {
      let first = String(reflecting: try store.fetch(query))
      #expect(first.contains("C-1001"), "\(first)")
      for _ in 1...3 {
        #expect(String(reflecting: try store.fetch(query)) == first, "\(query)")
      }
    }
    #expect(store.prepared.withLock { $0.count } > 0)
    let value = try PostgresStore.value(
      store.rows("SELECT total_cents FROM orders WHERE id = $1", [int(1002)])[0].first!)
    for _ in 1...2 {
      let again = try store.rows("SELECT total_cents FROM orders WHERE id = $1", [int(1002)])
      #expect(try PostgresStore.value(again[0].first!) == value)
    }
  }

  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func aNewConnectionPreparesItsStatementsAgain() throws {
    let (store, remove) = try open()
    defer { remove() }
    for _ in 1...2 { try store.rows(Self.customerName, [int(1001)]) }
    #expect(try prepared(Self.customerName, in: store) == 1)
    let pid = try Cells(store.rows("SELECT pg_backend_pid()::bigint AS pid")[0]).int("pid")
    try PostgresStore.execute("SELECT pg_terminate_backend(\(pid))", on: store.url)
    // The server ends the backend in its own time: until then calls still reach it; the first
    // call after it fails and the store learns of it; the next one reconnects.
    var newPID: Int64?
    for _ in 0..<100 where newPID == nil {
      let found = try? Cells(store.rows("SELECT pg_backend_pid()::bigint AS pid")[0]).int("pid")
      if let found, found != pid { newPID = found } else { usleep(50_000) }
    }
    #expect(newPID != nil)
    let row = try store.rows(Self.customerName, [int(1001)])[0]
    #expect(try Cells(row).text("name").isEmpty == false)
    #expect(try prepared(Self.customerName, in: store) == 0)
  }

  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func aTableWhoseColumnsChangedIsReadAgainOutsideAUnitOfWork() throws {
    let (store, remove) = try open()
    defer { remove() }
    let sql = "SELECT * FROM contracts WHERE customer_id = $1 ORDER BY id"
    let before = try store.rows(sql, [int(1001)]).count
    for _ in 1...2 { try store.rows(sql, [int(1001)]) }
    #expect(try prepared(sql, in: store) == 1)
    try PostgresStore.execute("ALTER TABLE contracts ADD COLUMN note TEXT", on: store.url)
    // The server refuses the prepared statement ("cached plan must not change result type");
    // the store runs it again unnamed, and prepares it afresh later.
    let after = try store.rows(sql, [int(1001)])
    #expect(after.count == before)
    #expect(after.first.map { Array($0).count } == 8)
    for _ in 1...2 { try store.rows(sql, [int(1001)]) }
    #expect(try prepared(sql, in: store) == 1)
  }
}
