import Foundation
import Logging
import Office
import PostgresNIO
import Synchronization

/// The PostgreSQL implementation of ``Store`` (postgres-nio): one connection per store, schema
/// by migrations and the demo company on first use, as with SQLite.
///
/// Calls are synchronous, as the ``Store`` protocol is: each waits for its query on the
/// connection's event loop. A unit of work is one transaction (`BEGIN` ... `COMMIT`), each write
/// inside it in a savepoint of its own. Every postgres-nio error becomes a ``StoreError`` before
/// it leaves this type.
public final class PostgresStore: Store, @unchecked Sendable {
  /// The server and database, without the password.
  public let url: PostgresURL
  /// The connection; replaced by a new one at the first call after the server went away.
  private let current: Mutex<PostgresConnection>
  /// Whether a unit of work is running, and whether its transaction has begun.
  let unit = Mutex(UnitState())
  /// The report's counts of the turns logged in the running unit of work, written at its end.
  let pendingCounts = Mutex(MessageCounts())
  /// The statements prepared on the connection (see ``PreparedStatements``).
  let prepared = Mutex(PreparedStatements())

  /// How long a connection attempt may take before the store gives up.
  public static let connectTimeout: TimeAmount = .seconds(10)

  /// Connects to `url`, creating the schema and seeding the demo company when the database has
  /// none (`seedDemo`).
  public init(url: PostgresURL, seedDemo: Bool = true) throws(StoreError) {
    self.url = url
    current = Mutex(try Self.connect(url))
    try migrate(seedDemo: seedDemo)
  }

  /// Opens the store `--db` names when it is a server address (nil for a SQLite path).
  public static func open(_ text: String) throws(StoreError) -> PostgresStore? {
    guard let url = try PostgresURL.parse(text) else { return nil }
    return try PostgresStore(url: url)
  }

  deinit {
    close()
  }

  /// Closes the connection (also done when the store goes away).
  public func close() {
    try? current.withLock { $0 }.close().wait()
  }

  /// The open connection. After the server closed it (it went away, or dropped the link), a new
  /// one, outside a unit of work only: a unit whose connection went is lost, and says so.
  var connection: PostgresConnection {
    get throws(StoreError) {
      let connection = current.withLock { $0 }
      guard connection.isClosed else { return connection }
      if unit.withLock({ $0.depth > 0 }) {
        unit.withLock { $0.lost = true }
        throw StoreError(.disconnected, message: "lost the connection to \(url)")
      }
      let fresh: PostgresConnection
      do {
        fresh = try Self.connect(url)
      } catch {
        throw StoreError(.disconnected, message: "lost the connection to \(url); \(error.message)")
      }
      current.withLock { $0 = fresh }
      return fresh
    }
  }

  /// A connection to `url`, failing at once when the server refuses it.
  static func connect(_ url: PostgresURL) throws(StoreError) -> PostgresConnection {
    var configuration = PostgresConnection.Configuration(
      host: url.host, port: url.port, username: url.user, password: url.password,
      database: url.database, tls: .disable)
    configuration.options.connectTimeout = connectTimeout
    var logger = Logger(label: "switchboard.postgres")
    logger.logLevel = .critical
    do {
      return try PostgresConnection.connect(
        on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1,
        logger: logger
      ).wait()
    } catch {
      throw StoreError(
        .cannotOpen(path: url.description),
        message: "cannot connect to \(url): \(describe(error))")
    }
  }

  /// Runs `sql` (statements without binds, such as `CREATE DATABASE`) on its own connection to
  /// `url`: for tests and tools that manage databases on a server.
  package static func execute(_ sql: String, on url: PostgresURL) throws(StoreError) {
    let connection = try connect(url)
    defer { try? connection.close().wait() }
    do {
      _ = try connection.query(sql).wait()
    } catch {
      throw StoreError(.failed, message: "\(url): \(describe(error))")
    }
  }

  // MARK: Running statements

  /// Runs one statement without binds and returns the server's command tag (`COMMIT`, ...).
  func commandTag(_ sql: String) throws(StoreError) -> String {
    do {
      return try connection.query(sql).wait().metadata.command
    } catch let error as StoreError {
      throw error
    } catch {
      throw failure(error)
    }
  }

  /// Runs statements separated by semicolons (none inside a statement), without binds, one at
  /// a time.
  func script(_ sql: String) throws(StoreError) {
    for statement in sql.split(separator: ";") {
      let text = statement.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else { continue }
      try rows(text)
    }
  }

  /// `body` as a write: its own transaction outside a unit of work, a savepoint inside one
  /// (undone alone when it fails). A deadlock or serialization failure undoes it and runs it
  /// again (``retryingConflicts(_:)``), so that another session's conflict is never shown.
  func write<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    let inUnit = try beginUnitTransactionIfNeeded()
    return try retryingConflicts { () throws(StoreError) in
      try script(inUnit ? "SAVEPOINT unit" : "BEGIN")
      do throws(StoreError) {
        let result = try body()
        // COMMIT of a transaction an error aborted answers ROLLBACK, not an error.
        if inUnit {
          try script("RELEASE SAVEPOINT unit")
        } else if try commandTag("COMMIT") != "COMMIT" {
          throw StoreError(.failed, message: "\(url): the transaction was aborted")
        }
        return result
      } catch {
        try? script(inUnit ? "ROLLBACK TO SAVEPOINT unit; RELEASE SAVEPOINT unit" : "ROLLBACK")
        throw error
      }
    }
  }

  /// Inside a unit of work, begins its transaction at its first statement; whether in a unit.
  private func beginUnitTransactionIfNeeded() throws(StoreError) -> Bool {
    let (inUnit, begun) = unit.withLock { ($0.depth > 0, $0.begun) }
    guard inUnit else { return false }
    if !begun {
      try script("BEGIN")
      unit.withLock { $0.begun = true }
    }
    return true
  }

  /// `body` as a read: inside a unit of work, in its transaction (seeing its writes).
  func read<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    _ = try beginUnitTransactionIfNeeded()
    return try body()
  }

  public func unitOfWork<T>(_ body: () -> T) throws(StoreError) -> T {
    let outer = unit.withLock { state in
      defer { state.depth += 1 }
      return state.depth > 0
    }
    if outer {
      defer { unit.withLock { $0.depth -= 1 } }
      return body()
    }
    let result = body()
    let (begun, lost) = unit.withLock { state in
      defer { state = UnitState() }
      return (state.begun, state.lost)
    }
    if lost {
      pendingCounts.withLock { $0 = MessageCounts() }
      throw StoreError(
        .disconnected,
        message: "lost the connection to \(url): the last group of turns is not in the log")
    }
    guard begun else {
      pendingCounts.withLock { $0 = MessageCounts() }
      return result
    }
    do throws(StoreError) {
      let counts = pendingCounts.withLock { counts in
        defer { counts = MessageCounts() }
        return counts
      }
      // In a savepoint, so that a conflict undoes the counts alone and they are written again.
      try retryingConflicts { () throws(StoreError) in
        try script("SAVEPOINT counts")
        do throws(StoreError) {
          try writeCounts(counts)
          try script("RELEASE SAVEPOINT counts")
        } catch {
          try? script("ROLLBACK TO SAVEPOINT counts; RELEASE SAVEPOINT counts")
          throw error
        }
      }
      // COMMIT of a transaction an error aborted answers ROLLBACK, not an error.
      let tag = try commandTag("COMMIT")
      guard tag == "COMMIT" else {
        throw StoreError(.failed, message: "the transaction was aborted (\(tag))")
      }
    } catch {
      pendingCounts.withLock { $0 = MessageCounts() }
      try? script("ROLLBACK")
      throw StoreError(
        error.kind,
        message: "\(url): the last group of turns was not committed and is not in the log "
          + "(\(error.message))")
    }
    return result
  }
}

/// Whether a unit of work is running (how deeply nested) and whether its transaction began.
struct UnitState {
  var depth = 0
  var begun = false
  /// Whether the connection went while the unit ran (its writes are gone).
  var lost = false
}
