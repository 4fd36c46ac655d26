import Console
import Dialogue
import Foundation
import Synchronization

/// Runs transcript files on worker threads, each file on its own engine and its own copy of the
/// template database, and gives the results back in file order whatever order they finished in.
enum TranscriptWorkers {
  /// One file's checks and how long it took.
  struct Outcome: Sendable {
    /// The file.
    var path: String
    /// Its checks.
    var report: TranscriptRunner.Report
    /// Seconds from its start to its end.
    var seconds: Double
  }

  /// A worker's stack: matching and regular expressions in a debug build want more than the
  /// default stack of a secondary thread.
  static let stackSize = 16 << 20

  /// Runs `files` on `workers` threads (at least one, at most one per file).
  static func run(_ files: [TranscriptFiles.File], workers: Int, base: TranscriptBase)
    -> [Outcome]
  {
    let shared = Shared(count: files.count)
    let finished = DispatchGroup()
    for _ in 0..<max(1, min(workers, files.count)) {
      finished.enter()
      let thread = Thread {
        while true {
          let index = shared.next.add(1, ordering: .relaxed).oldValue
          guard index < files.count else { break }
          let outcome = runOne(files[index], base: base)
          shared.outcomes.withLock { $0[index] = outcome }
        }
        finished.leave()
      }
      thread.stackSize = stackSize
      thread.start()
    }
    finished.wait()
    return shared.outcomes.withLock { $0.compactMap { $0 } }
  }

  /// The next file to take and the outcomes so far, shared by the workers.
  private final class Shared: Sendable {
    let next = Atomic<Int>(0)
    let outcomes: Mutex<[Outcome?]>

    init(count: Int) {
      outcomes = Mutex(Array(repeating: nil, count: count))
    }
  }

  /// Runs one file on a new engine over a fresh copy of the template.
  static func runOne(_ file: TranscriptFiles.File, base: TranscriptBase) -> Outcome {
    let clock = ContinuousClock()
    let start = clock.now
    var report = TranscriptRunner.Report()
    do {
      report = try base.withEngine { engine in
        var report = TranscriptRunner.Report()
        let runner = TranscriptRunner(engine: engine) { line, session in
          let controller = ConsoleController(
            engine: engine, session: session, style: Style(enabled: false),
            showsIntentTags: false, reloadCatalog: { throw TranscriptReloadRefused() })
          return controller.handle(line).output
        }
        runner.run(text: file.text, path: file.path, into: &report)
        return report
      }
    } catch {
      let failure = TranscriptRunner.Failure(
        path: file.path, line: 1, message: "cannot copy the template database: \(error.message)")
      report.record(
        TranscriptRunner.Case(path: file.path, line: 1, name: "database", failure: failure))
    }
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Outcome(path: file.path, report: report, seconds: seconds)
  }
}

/// `/reload` in a transcript: the catalog of a run stays the one it started with.
struct TranscriptReloadRefused: Error, CustomStringConvertible {
  var description: String { "error: /reload is not available in transcripts" }
}
