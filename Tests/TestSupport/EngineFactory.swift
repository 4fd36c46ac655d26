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

  /// The matcher trained on ``catalog``, trained once, on a thread with a large stack: training
  /// in a debug build needs more stack than a test worker thread has.
  public static let matcher: KeywordMatcher = onLargeStack {
    KeywordMatcher(catalog: catalog, today: CalendarDay(year: 2026, month: 11, day: 29))
  }

  /// The instant test clocks stand at: 2026-11-29 10:00 UTC.
  public static let instant = Date(timeIntervalSince1970: 1_795_946_400)

  /// An engine on a fresh in-memory demo database with the given handlers.
  public static func engine(handlers: HandlerRegistry = .backOffice) throws -> DialogueEngine {
    let store = try SQLiteStore(inMemorySeeded: true)
    return DialogueEngine(
      catalog: catalog, classifier: matcher, store: store, handlers: handlers,
      clock: FixedClock(instant))
  }

  /// Runs `body` on a new thread with a 256 MiB stack and waits for its result.
  public static func onLargeStack<T>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = body()
      done.signal()
    }
    thread.stackSize = 256 << 20
    thread.start()
    done.wait()
    return box.value!
  }
}

/// Carries a value from the thread that makes it to the thread that waits for it.
private final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}
