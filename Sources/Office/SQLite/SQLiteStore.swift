import Foundation
import GRDB

/// The SQLite implementation of ``Store`` (GRDB, WAL mode, migrations, demo company on first use).
///
/// A file database is a `DatabasePool` in WAL mode with `synchronous=NORMAL` and a 10-second busy
/// timeout, so several processes can share one file. Every GRDB error is turned into a
/// ``StoreError`` before it leaves this type.
public final class SQLiteStore: Store {
  /// The connection (a pool for files, a queue in memory).
  let writer: any DatabaseWriter
  /// The database file, or `:memory:`.
  public let path: String
  /// Turns and audit entries waiting for their transaction while log batching is on.
  let heldLog = HeldLog()

  /// Opens (creating, migrating and seeding with the demo company when new) the database at `path`.
  public convenience init(path: String) throws(StoreError) {
    try self.init(path: path, seedDemo: true)
  }

  /// Opens the database at `path`, creating its folder and migrating it; `seedDemo` decides
  /// whether a new (empty) database gets the demo company.
  public init(path: String, seedDemo: Bool) throws(StoreError) {
    self.path = path
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
    do {
      writer = try DatabasePool(path: path, configuration: configuration)
    } catch {
      throw StoreError(wrapping: error, path: path, opening: true)
    }
    try migrate(seedDemo: seedDemo)
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
    // Several processes may open a new file at once: GRDB reads the applied migrations before it
    // takes the write lock, so the loser of that race fails and simply tries again.
    var attempt = 0
    while true {
      do {
        try migrator.migrate(writer)
        return
      } catch {
        attempt += 1
        if attempt >= 5 { throw StoreError(wrapping: error, path: path, opening: true) }
        usleep(UInt32(20_000 * attempt))
      }
    }
  }

  /// Runs `body` in a read transaction, turning database errors into ``StoreError``.
  ///
  /// Reads run on the writing connection in a `BEGIN DEFERRED` ... `COMMIT` transaction made of
  /// cached statements: the process is one conversation at a time, and this costs a fraction of
  /// a pooled read (no reader connection to open, no isolation wrappers per call).
  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    try transaction("BEGIN DEFERRED", body)
  }

  /// Runs `body` in a short `BEGIN IMMEDIATE` ... `COMMIT` transaction through cached statements
  /// (the conversation log's hot path), rolling back on error.
  func quickWrite(_ body: (Database) throws -> Void) throws(StoreError) {
    try transaction("BEGIN IMMEDIATE", body)
  }

  /// Runs `body` in a write transaction that first writes any held log rows, turning database
  /// errors into ``StoreError`` (held rows are kept for the next try when it fails).
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    let held = heldLog.take()
    do {
      return try transaction("BEGIN IMMEDIATE") { db in
        try Self.insert(held, into: db)
        return try body(db)
      }
    } catch {
      heldLog.restore(held)
      throw error
    }
  }

  /// `begin`, `body`, `COMMIT` on the writing connection; `ROLLBACK` when `body` throws.
  private func transaction<T>(_ begin: String, _ body: (Database) throws -> T)
    throws(StoreError) -> T
  {
    do {
      return try writer.writeWithoutTransaction { db in
        try db.cachedStatement(sql: begin).execute()
        do {
          let result = try body(db)
          try db.cachedStatement(sql: "COMMIT").execute()
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

  /// Runs `body` in a read of the conversation or audit log, after committing held rows so the
  /// read sees them.
  func readLogs<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    try commitLog()
    return try read(body)
  }

  public func batchLogWrites(_ on: Bool) throws(StoreError) {
    heldLog.isHolding = on
    if !on { try commitLog() }
  }

  public func commitLog() throws(StoreError) {
    let held = heldLog.take()
    guard !held.isEmpty else { return }
    do {
      try quickWrite { db in try Self.insert(held, into: db) }
    } catch {
      heldLog.restore(held)
      throw error
    }
  }

  /// Writes held log rows in their order.
  private static func insert(_ rows: [LogRow], into db: Database) throws {
    for row in rows {
      switch row {
      case .turn(let turn): try insert(turn, into: db)
      case .audit(let entry): try insert(entry, into: db)
      }
    }
  }
}
