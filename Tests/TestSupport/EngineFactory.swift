import Dialogue
import Foundation
import IntentMatching
import Office

/// Builds a real engine over the repository's catalog and a real in-memory SQLite store.
public enum EngineFactory {
  /// The repository's catalog, loaded once.
  public static let catalog: IntentCatalog = {
    do {
      return try CatalogLoader.load(directory: RepositoryPaths.intents).catalog
    } catch {
      fatalError("the repository's catalog does not load: \(error)")
    }
  }()

  /// The matcher trained on ``catalog``, trained once.
  public static let matcher = KeywordMatcher(
    catalog: catalog, today: CalendarDay(year: 2026, month: 11, day: 29))

  /// The instant test clocks stand at: 2026-11-29 10:00 UTC.
  public static let instant = Date(timeIntervalSince1970: 1_795_946_400)

  /// An engine on a fresh in-memory demo database with the given handlers.
  public static func engine(handlers: HandlerRegistry = .backOffice) throws -> DialogueEngine {
    let store = try SQLiteStore(inMemorySeeded: true)
    return DialogueEngine(
      catalog: catalog, classifier: matcher, store: store, handlers: handlers,
      clock: FixedClock(instant))
  }
}
