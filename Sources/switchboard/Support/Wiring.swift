import ArgumentParser
import Console
import Dialogue
import Foundation
import IntentMatching
import Office
import OfficePostgres

/// Builds the engine, session and controller a command needs from the global options.
struct Wiring {
  let engine: DialogueEngine
  let session: Session
  let intentsDirectory: String
  /// Whether relative dates in slots resolve against the clock (not in piped or test mode).
  let resolvesDates: Bool

  /// Opens the store and the catalog; errors are printed and become exit codes.
  init(
    global: GlobalOptions, channel: Channel, databasePath: String? = nil, resolveDates: Bool,
    clock: any Clock = SystemClock()
  ) throws {
    let today = resolveDates ? Self.today(clock) : nil
    let catalog = BackgroundCatalogLoad(global.intentsDirectory, today: today)
    let path = databasePath ?? global.databasePath
    // A `postgres://` address is a PostgreSQL server (whose login caps the role); anything else
    // a SQLite file.
    let store = try LoginCap.openStore(
      path,
      for: Principal(role: global.effectiveRole, customerID: global.customer, agent: global.agent))
    // The rules file is read while the catalog loads; its intent names are checked after, and a
    // broken catalog is reported before a broken rules file, as when they were read in turn.
    let rules: Result<UncheckedRules, RuleError>
    do {
      rules = .success(try RuleLoader.read(directory: global.intentsDirectory))
    } catch {
      rules = .failure(error)
    }
    let (loaded, matcher) = try catalog.result()
    self.intentsDirectory = global.intentsDirectory
    self.resolvesDates = resolveDates
    self.engine = DialogueEngine(
      catalog: loaded.catalog, classifier: matcher, store: store,
      handlers: .backOffice, clock: clock)
    engine.rules = try Self.checkRules(rules, catalog: loaded.catalog)
    engine.referenceDay = today?.description
    if let id = global.customer {
      do {
        guard try store.customer(id: id) != nil else {
          // A server address may hold a password: it is never printed.
          throw StandardError.fail(
            "--as: no customer '\(id)' in \(PostgresURL.redacted(path))", code: 2)
        }
      } catch let error as StoreError {
        throw StandardError.fail(error)
      }
    }
    self.session = Session(
      settings: SessionSettings(
        role: global.effectiveRole, customerID: global.customer, agent: global.agent,
        channel: channel, roleIsExplicit: global.role != nil))
  }

  /// A controller over this engine and session.
  func controller(style: Style, showsIntentTags: Bool) -> ConsoleController {
    let directory = intentsDirectory
    let today = resolvesDates ? Self.today(engine.clock) : nil
    return ConsoleController(
      engine: engine, session: session, style: style, showsIntentTags: showsIntentTags,
      reloadCatalog: { [engine] in
        let (loaded, matcher) = try CatalogLoading.trained(directory, today: today)
        // The rules are re-read too; a broken rules.yml keeps the old catalog and rules.
        engine.rules = try RuleLoader.load(
          directory: directory, knownIntents: Set(loaded.catalog.intents.map(\.name)))
        return (loaded.catalog, matcher)
      })
  }

  /// The business rules of the catalog folder; a broken `rules.yml` prints its located error and
  /// exits with status 2, like a broken intent file.
  static func checkRules(_ rules: Result<UncheckedRules, RuleError>, catalog: IntentCatalog) throws
    -> RuleSet
  {
    do {
      return try rules.get().checked(knownIntents: Set(catalog.intents.map(\.name)))
    } catch {
      throw StandardError.dataFileError(error)
    }
  }

  /// Today's date in the local calendar, for relative dates in slots.
  static func today(_ clock: any Clock) -> CalendarDay {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: clock.now())
    return CalendarDay(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
