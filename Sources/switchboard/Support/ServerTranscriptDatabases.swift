import Foundation
import Office
import OfficePostgres
import Synchronization

/// Transcript files on a PostgreSQL server, each on a database of its own: the database `--db`
/// names is copied once into a template (`CREATE DATABASE ... TEMPLATE`; migrated and seeded with
/// the demo company when it has none), each file runs on a copy of that template, and every
/// database the run made is dropped at its end. The named database is never written.
///
/// The statements that make and drop databases run on the server's `postgres` database: a
/// database cannot be copied while anyone is connected to it. The login needs `CREATEDB`.
final class ServerTranscriptDatabases: Sendable {
  /// The server address of `--db`.
  let named: PostgresURL
  /// The template every file's database is made from.
  let template: String
  private let made = Atomic<Int>(0)

  /// Makes the template from the named database.
  init(named: PostgresURL) throws(StoreError) {
    self.named = named
    template = Self.name(named.database, "template")
    try run("DROP DATABASE IF EXISTS \(Self.quoted(template))")
    try run(
      "CREATE DATABASE \(Self.quoted(template)) TEMPLATE \(Self.quoted(named.database))")
    try PostgresStore(url: url(template)).close()
  }

  /// Runs `body` on a store over a new copy of the template, dropped afterwards.
  func withStore<T>(_ body: (PostgresStore) -> T) throws(StoreError) -> T {
    let database = Self.name(named.database, "file\(made.add(1, ordering: .relaxed).oldValue)")
    try run("CREATE DATABASE \(Self.quoted(database)) TEMPLATE \(Self.quoted(template))")
    defer { try? run("DROP DATABASE IF EXISTS \(Self.quoted(database))") }
    let store = try PostgresStore(url: url(database), seedDemo: false)
    defer { store.close() }
    return body(store)
  }

  /// Drops the template (the files' databases are dropped as they finish).
  func removeTemplate() {
    try? run("DROP DATABASE IF EXISTS \(Self.quoted(template))")
  }

  private func url(_ database: String) -> PostgresURL {
    var url = named
    url.database = database
    return url
  }

  private func run(_ sql: String) throws(StoreError) {
    try PostgresStore.execute(sql, on: url("postgres"))
  }

  /// A database name of this run: the named one's, the process, and `suffix` (at most 63 bytes,
  /// PostgreSQL's limit).
  private static func name(_ base: String, _ suffix: String) -> String {
    let tail = "_sbtest_\(getpid())_\(suffix)"
    return String(decoding: base.utf8.prefix(63 - tail.utf8.count), as: UTF8.self) + tail
  }

  private static func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
