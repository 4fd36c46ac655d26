import Foundation

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

  /// Every backend this run can reach.
  static var all: [StoreBackend] { [.sqlite] }

  /// Runs `body` on a new seeded database of this backend, removed afterwards.
  func with(_ body: (any Store) throws -> Void) throws {
    let (store, remove) = try open()
    defer { remove() }
    try body(store)
  }
}
