import ArgumentParser
import Dispatch
import IntentMatching
import Synchronization

/// Loads the catalog and its trained matcher on another core while the caller opens the
/// database: the two are independent, and both sit between process start and the first reply.
final class BackgroundCatalogLoad: Sendable {
  private typealias Outcome = Result<(loaded: LoadedCatalog, matcher: KeywordMatcher), CatalogError>
  private let outcome = Mutex<Outcome?>(nil)
  private let done = DispatchSemaphore(value: 0)

  /// Starts loading `directory` (see ``CatalogLoading/trained(_:today:)``).
  init(_ directory: String, today: CalendarDay?) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let result: Outcome
      do throws(CatalogError) {
        result = .success(try CatalogLoading.trained(directory, today: today))
      } catch {
        result = .failure(error)
      }
      outcome.withLock { $0 = result }
      done.signal()
    }
  }

  /// Waits for the catalog; a broken one prints its located error and exits with status 2.
  func result() throws -> (loaded: LoadedCatalog, matcher: KeywordMatcher) {
    done.wait()
    switch outcome.withLock({ $0 }) {
    case .success(let value)?:
      return value
    case .failure(let error)?:
      throw StandardError.dataFileError(error)
    case nil:
      preconditionFailure("the catalog load signalled without a result")
    }
  }
}
