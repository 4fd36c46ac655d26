import Foundation
import Office
import TestSupport
import Testing

@testable import OfficePostgres

/// A deadlock with another session is settled by the server undoing one side; PostgresStore
/// runs its undone write again, and the caller never sees the conflict.
@Suite(.serialized) struct ConflictRetryTests {
  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func aDeadlockInsideAUnitOfWorkIsRunAgainAndNeverShown() throws {
    let (opened, remove) = try StoreBackend.postgres(try #require(StoreBackend.postgresServer))
      .open()
    defer { remove() }
    let store = try #require(opened as? PostgresStore)
    let folder = TemporaryFolder()
    defer { folder.remove() }
    // The other session takes customer 1002, then wants 1001. Its own deadlock check waits 30 s,
    // so the store's (1 s) finds the cycle first and is the side undone.
    let other = try ChildProcess.start(
      "/usr/bin/env",
      [
        "psql", store.url.description, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
        """
        SET deadlock_timeout = '30s'; BEGIN;
        UPDATE customers SET tier = tier WHERE id = 1002; SELECT pg_sleep(1);
        UPDATE customers SET tier = tier WHERE id = 1001; COMMIT;
        """,
      ], output: .null, error: .file(folder.file("err")))
    usleep(300_000)
    var attempts = 0
    var failure: StoreError?
    try store.unitOfWork {
      do throws(StoreError) {
        try store.write { () throws(StoreError) in
          attempts += 1
          try store.rows("UPDATE customers SET tier = 'gold' WHERE id = 1001")
          if attempts == 1 { try store.rows("SELECT pg_sleep(1.5)") }
          try store.rows("UPDATE customers SET tier = 'gold' WHERE id = 1002")
        }
      } catch {
        failure = error
      }
    }
    #expect(failure == nil)
    #expect(attempts == 2)
    let status = try other.wait(timeout: 60)
    #expect(
      status == 0, "\((try? String(contentsOfFile: folder.file("err"), encoding: .utf8)) ?? "")")
    #expect(try store.customer(id: "C-1001")?.tier.rawValue == "gold")
    #expect(try store.customer(id: "C-1002")?.tier.rawValue == "gold")
  }
}
