import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// The SQLite implementation of ``Store`` (GRDB, WAL mode, migrations, demo company on first use).
///
/// A file database is one connection (a `DatabaseQueue`: the process serves one conversation at a
/// time, and reads and writes share the connection) in WAL mode with `synchronous=NORMAL` and a
/// 10-second busy timeout, so several processes can share one file, reading while one writes.
/// Every GRDB error is turned into a ``StoreError`` before it leaves this type.
public final class SQLiteStore: Store {
  /// The connection (one per store, for a file as in memory).
  let writer: any DatabaseWriter
  /// The database file, or `:memory:`.
  public let path: String
  /// Group commit: whether writes join one open transaction, whether it is open, and the
  /// report's counts of its user lines.
  let group = Mutex(GroupState())
  /// Customers and orders read while the group is open (see ``GroupReadCache``).
  let groupCache = GroupReadCache()

  /// Opens (creating, migrating and seeding with the demo company when new) the database at `path`.
  public convenience init(path: String) throws(StoreError) {
    try self.init(path: path, seedDemo: true)
  }

  /// Opens the database at `path`, creating its folder and migrating it; `seedDemo` decides
  /// whether a new (empty) database gets the demo company.
  public init(path: String, seedDemo: Bool) throws(StoreError) {
    self.path = path
    if path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
      throw StoreError(
        .cannotOpen(path: "PostgreSQL"),
        message: "--db names a PostgreSQL server: this command runs on SQLite files only for now")
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StoreError(
        .cannotOpen(path: path),
        message: "cannot create the folder \(folder.path) for the database \(path)")
    }
    var configuration = Self.configuration()
    configuration.label = "switchboard"
    configuration.prepareDatabase { db in
      // A property of the file once set; this is a read when it already is WAL.
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }
    do {
      writer = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw StoreError(wrapping: error, path: path, opening: true)
    }
    // SQLite opens a file it may not write read-only without a word; the first turn would then
    // fail after the console started. A command that writes is refused here instead.
    if (try? writer.read({ sqlite3_db_readonly($0.sqliteConnection, "main") })) == 1 {
      throw StoreError(
        .cannotOpen(path: path),
        message: "cannot write the database \(path): the file is read-only to this user"
          + " (export and report can still read it)")
    }
    try migrate(seedDemo: seedDemo)
  }

  /// Opens the existing, migrated database at `path` read-only (for commands that only read, and
  /// files this process may not write): no folder, WAL setting or migration; a folder that cannot
  /// hold SQLite's `-wal` and `-shm` files is read as an immutable file. Writes fail.
  public init(readingOnly path: String) throws(StoreError) {
    self.path = path
    var configuration = Self.configuration()
    configuration.label = "switchboard"
    configuration.readonly = true
    do {
      writer = try Self.readOnlyQueue(path, configuration)
    } catch {
      throw StoreError(wrapping: error, path: path, opening: true)
    }
    guard (try? read { db in try Schema.migrator.hasCompletedMigrations(db) }) == true else {
      throw StoreError(
        .cannotOpen(path: path), message: "\(path) is not an up-to-date Switchboard database")
    }
  }

  /// A read-only connection to `path`, or to the file as immutable when SQLite cannot make its
  /// shared-memory file beside it.
  private static func readOnlyQueue(_ path: String, _ configuration: Configuration) throws
    -> DatabaseQueue
  {
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
      return queue
    } catch {
      let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
      return try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: configuration)
    }
  }

  /// An in-memory database for unit tests, migrated and optionally seeded.
  public init(inMemorySeeded seeded: Bool) throws(StoreError) {
    path = ":memory:"
    do {
      writer = try DatabaseQueue(configuration: Self.configuration())
    } catch {
      throw StoreError(wrapping: error, path: path, opening: true)
    }
    try migrate(seedDemo: seeded)
  }

  /// An in-memory copy of `other`, made with SQLite's backup API (tests seed one template and
  /// copy it for each case).
  init(inMemoryCopyOf other: SQLiteStore) throws(StoreError) {
    path = ":memory:"
    do {
      let queue = try DatabaseQueue(configuration: Self.configuration())
      try other.writer.backup(to: queue)
      writer = queue
    } catch {
      throw StoreError(wrapping: error, path: path, opening: true)
    }
  }

  private static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    // A unit of work leaves its transaction open between accesses (see `unitOfWork`).
    configuration.allowsUnsafeTransactions = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    return configuration
  }

  private func migrate(seedDemo: Bool) throws(StoreError) {
    var migrator = Schema.migrator
    if seedDemo {
      // Always the last migration: it fills a new, empty database with the demo company.
      migrator.registerMigration("demo-company") { db in
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customers") == 0 {
          var seeder = DemoSeeder(scale: 1)
          _ = try seeder.insert(into: db)
        }
      }
    }
    try read { db in try Schema.refuseNewer(db, path: path) }
    // An up-to-date file (every start but the first) needs only this one read.
    if (try? read { db in try migrator.hasCompletedMigrations(db) }) == true { return }
    // Several processes may open a new file at once: GRDB reads the applied migrations before it
    // takes the write lock, so the loser of that race fails and simply tries again. While another
    // opener holds the lock (seeding the demo company, slow on a busy machine), the others wait
    // for it, up to ``migrationWait``, however many busy timeouts that takes.
    let deadline = ContinuousClock.now + Self.migrationWait
    var attempt = 0
    while true {
      do {
        try migrator.migrate(writer)
        return
      } catch {
        let failure = StoreError(wrapping: error, path: path, opening: true)
        if failure.kind != .busy { attempt += 1 }
        if attempt >= 5 || ContinuousClock.now >= deadline { throw failure }
        usleep(UInt32(20_000 * min(attempt + 1, 5)))
      }
    }
  }

  /// How long an opener of a new file waits for another one migrating it.
  static let migrationWait: Duration = .seconds(120)

  /// Runs `body` in a read transaction, turning database errors into ``StoreError``.
  ///
  /// Reads run on the writing connection in a `BEGIN DEFERRED` ... `COMMIT` transaction made of
  /// cached statements (or inside the open group, whose writes they see): the process is one
  /// conversation at a time, and this costs a fraction of a pooled read.
  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    try transaction(writes: false, body)
  }

  /// Runs `body` as a write of the conversation or audit log (turns, audit entries, opening
  /// and closing conversations): unlike a business write it changes no customer or order, so
  /// what the open group remembered stays.
  func quickWrite<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    try transaction(writes: true, body)
  }

  /// Runs `body` in a write transaction, turning database errors into ``StoreError``; a business
  /// write, so what the open group remembered is forgotten.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    groupCache.forget()
    defer { groupCache.forget() }
    return try transaction(writes: true, body)
  }

  /// Runs `body` on the writing connection: inside the open group (a savepoint around writes,
  /// so a failing body undoes only its own), or in its own transaction, which a write leaves
  /// open as the group when group commit is on.
  private func transaction<T>(writes: Bool, _ body: (Database) throws -> T)
    throws(StoreError) -> T
  {
    do {
      return try writer.writeWithoutTransaction { db in
        if db.isInsideTransaction {
          guard writes else { return try body(db) }
          try db.cachedStatement(sql: "SAVEPOINT unit").execute()
          do {
            let result = try body(db)
            try db.cachedStatement(sql: "RELEASE unit").execute()
            return result
          } catch {
            if db.isInsideTransaction {
              try? db.execute(sql: "ROLLBACK TO unit")
              try? db.execute(sql: "RELEASE unit")
            }
            throw error
          }
        }
        let opensGroup = writes && group.withLock { $0.isOn }
        try db.cachedStatement(sql: writes ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED").execute()
        do {
          let result = try body(db)
          if opensGroup {
            group.withLock { $0.isOpen = true }
          } else {
            try db.cachedStatement(sql: "COMMIT").execute()
          }
          return result
        } catch {
          if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
          throw error
        }
      }
    } catch {
      throw StoreError(wrapping: error, path: path)
    }
  }

  public func unitOfWork<T>(_ body: () -> T) throws(StoreError) -> T {
    let joins = group.withLock { state in
      defer { state.isOn = true }
      return state.isOn
    }
    if joins { return body() }
    defer { group.withLock { $0.isOn = false } }
    let result = body()
    try commitGroup()
    return result
  }

  /// Commits the open group of writes (nothing when none is open); throws when SQLite rolled
  /// the group back, so that none of its replies is shown.
  func commitGroup() throws(StoreError) {
    guard group.withLock({ $0.isOpen }) else { return }
    do {
      try writer.writeWithoutTransaction { db in
        let counts = group.withLock { state in
          state.isOpen = false
          defer { state.pendingCounts = MessageCounts() }
          return state.pendingCounts
        }
        groupCache.forget()
        // SQLite itself rolls a transaction back on some errors (a full disk, I/O): then the
        // group's writes are gone, and the caller must not show their replies.
        guard db.isInsideTransaction else { throw GroupRolledBack() }
        do {
          try counts.write(into: db)
        } catch {
          try? db.execute(sql: "ROLLBACK")
          throw error
        }
        try db.cachedStatement(sql: "COMMIT").execute()
      }
    } catch is GroupRolledBack {
      throw StoreError(
        .failed,
        message: "\(path): the last group of turns was rolled back and is not in the log")
    } catch {
      throw StoreError(wrapping: error, path: path)
    }
  }
}

extension SQLiteStore {
  /// Writes the open group's pending counts into its transaction, so that a read of the counts
  /// inside the group sees its turns.
  func writePendingCounts() throws(StoreError) {
    let counts = group.withLock { $0.pendingCounts }
    guard !counts.isEmpty else { return }
    try quickWrite { db in try counts.write(into: db) }
    group.withLock { $0.pendingCounts = MessageCounts() }
  }
}

/// Whether group commit is on, whether its transaction is open, and the counts its user lines
/// add to the report's tables at its commit (see ``MessageCounts``).
struct GroupState {
  var isOn = false
  var isOpen = false
  var pendingCounts = MessageCounts()
}

private struct GroupRolledBack: Error {}
