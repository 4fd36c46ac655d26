import Dialogue
import Foundation
import IntentMatching
import Office
import OfficePostgres

/// What every transcript file of a run starts from: the trained catalog, the business rules and
/// a template database, loaded once; each file gets an engine over its own copy of the template.
///
/// The template is the demo company as seeded, or the `--db` named (or `$SWITCHBOARD_DB`) as it
/// was before the run. It lives in memory and each file's copy is made with SQLite's backup
/// API, about 0.5 ms for the demo company, against 1.6 ms for copying a file and opening it;
/// the named database itself is never opened, so the run cannot change it. A server address
/// runs every file on the server, on a database of its own (``ServerTranscriptDatabases``).
struct TranscriptBase: Sendable {
  let catalog: IntentCatalog
  let classifier: any IntentClassifier
  let rules: RuleSet
  /// Where each file's database is copied from.
  let template: Template

  /// The template of a run: a SQLite database in memory, or a database on a server.
  enum Template: Sendable {
    case memory(SQLiteStore)
    case server(ServerTranscriptDatabases)
  }

  /// Loads the catalog of `global` (on another core) while the template is made.
  init(global: GlobalOptions) throws {
    let load = BackgroundCatalogLoad(global.intentsDirectory, today: nil)
    let rules: Result<UncheckedRules, RuleError>
    do {
      rules = .success(try RuleLoader.read(directory: global.intentsDirectory))
    } catch {
      rules = .failure(error)
    }
    let template: Template
    do {
      let named = Self.namedDatabase(global)
      if let named, let url = try PostgresURL.parse(named) {
        template = .server(try ServerTranscriptDatabases(named: url))
      } else {
        template = .memory(try Self.template(named: named))
      }
    } catch {
      throw StandardError.fail(error.message, code: 2)
    }
    let (loaded, matcher) = try load.result()
    self.catalog = loaded.catalog
    self.classifier = matcher
    self.rules = try Wiring.checkRules(rules, catalog: loaded.catalog)
    self.template = template
  }

  /// A base over what an engine already loaded, with the demo company as seeded for template.
  init(catalog: IntentCatalog, classifier: any IntentClassifier, rules: RuleSet) throws {
    self.catalog = catalog
    self.classifier = classifier
    self.rules = rules
    do {
      template = .memory(try SQLiteStore(inMemorySeeded: true))
    } catch {
      throw StandardError.fail(error)
    }
  }

  /// Runs `body` on a new engine over a fresh copy of the template: in memory, or on a database
  /// of its own on the server, dropped when `body` returns.
  func withEngine<T>(_ body: (DialogueEngine) -> T) throws(StoreError) -> T {
    switch template {
    case .memory(let store): return body(engine(on: try store.inMemoryCopy()))
    case .server(let server): return try server.withStore { store in body(engine(on: store)) }
    }
  }

  /// Drops what the run made on a server.
  func finish() {
    if case .server(let server) = template { server.removeTemplate() }
  }

  private func engine(on store: any Store) -> DialogueEngine {
    let engine = DialogueEngine(
      catalog: catalog, classifier: classifier, store: store, handlers: .backOffice)
    engine.rules = rules
    return engine
  }

  /// The database the user named with `--db` or `$SWITCHBOARD_DB`, if any.
  private static func namedDatabase(_ global: GlobalOptions) -> String? {
    let environment = ProcessInfo.processInfo.environment
    guard global.db != nil || !(environment["SWITCHBOARD_DB"] ?? "").isEmpty else { return nil }
    return global.databasePath
  }

  /// The demo company as seeded, or an in-memory copy of the database at `path` as it is now
  /// (read through a copy of its files, migrated like any database `switchboard` opens).
  private static func template(named path: String?) throws(StoreError) -> SQLiteStore {
    guard let path, FileManager.default.fileExists(atPath: path) else {
      return try SQLiteStore(inMemorySeeded: true)
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("switchboard-test-\(getpid())-\(UUID().uuidString.prefix(8))").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let copy = folder + "/template.sqlite"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: path, toPath: copy)
      // Turns committed but not yet checkpointed are in the write-ahead log.
      if FileManager.default.fileExists(atPath: path + "-wal") {
        try FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")
      }
    } catch {
      var place = folder
      if let temporary = ProcessInfo.processInfo.environment["TMPDIR"], !temporary.isEmpty,
        folder.hasPrefix(temporary)
      {
        place += " (in TMPDIR, \(temporary))"
      }
      throw StoreError(
        .cannotOpen(path: path),
        message: "cannot copy the database \(path) to \(place): \(FileProblem.reason(error))")
    }
    return try SQLiteStore(path: copy).inMemoryCopy()
  }
}
