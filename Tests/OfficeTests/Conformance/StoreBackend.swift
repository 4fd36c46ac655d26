import Foundation
import OfficePostgres

@testable import Office

/// A backend the store conformance suite runs against: a new, seeded database per test.
///
/// SQLite always runs (a temporary file). A second backend joins the list by adding a case
/// here; its server comes from the environment (`SWITCHBOARD_TEST_POSTGRES`), which
/// `make test` sets for the server it starts.
struct StoreBackend: CustomStringConvertible, Sendable {
  /// The backend's name, shown in the test's arguments.
  let name: String
  /// Opens a new seeded database and a function removing it afterwards.
  let open: @Sendable () throws -> (store: any Store, remove: @Sendable () -> Void)

  var description: String { name }

  /// SQLite, in a temporary file (the file's transactions, not an in-memory copy).
  static let sqlite = StoreBackend(name: "sqlite") {
    let path = Fixtures.temporaryPath()
    return (try SQLiteStore(path: path), { Fixtures.removeFolder(of: path) })
  }

  /// The PostgreSQL server the tests may use (`SWITCHBOARD_TEST_POSTGRES`), if any.
  static let postgresServer: PostgresURL? = {
    guard let text = ProcessInfo.processInfo.environment["SWITCHBOARD_TEST_POSTGRES"],
      !text.isEmpty
    else { return nil }
    return try? PostgresURL.parse(text)
  }()

  /// PostgreSQL: a new database on the test server for each test, dropped afterwards.
  static func postgres(_ server: PostgresURL) -> StoreBackend {
    StoreBackend(name: "postgres") {
      var url = server
      url.database = "conformance_" + UUID().uuidString.prefix(8).lowercased()
      let name = url.database
      try PostgresStore.execute("CREATE DATABASE \(name)", on: server)
      let store = try PostgresStore(url: url)
      return (
        store,
        {
          store.close()
          try? PostgresStore.execute("DROP DATABASE \(name)", on: server)
        }
      )
    }
  }

  /// Every backend this run can reach: SQLite, and PostgreSQL when a server is given.
  static var all: [StoreBackend] {
    guard let server = postgresServer else {
      print(
        "StoreConformanceTests: SWITCHBOARD_TEST_POSTGRES is not set; PostgreSQL skipped "
          + "(make test starts a server and sets it)")
      return [.sqlite]
    }
    return [.sqlite, .postgres(server)]
  }

  /// Runs `body` on a new seeded database of this backend, removed afterwards.
  func with(_ body: (any Store) throws -> Void) throws {
    let (store, remove) = try open()
    defer { remove() }
    try body(store)
  }
}
