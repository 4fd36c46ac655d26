import Dialogue
import Foundation
import TestSupport

/// The shared test engine, with the matcher trained first on a thread with a large stack.
///
/// Training the matcher in a debug build needs more stack than a test worker thread has, so the
/// first access happens on a thread of its own; later accesses reuse the trained matcher.
enum TestEngine {
  private static let warm: Void = {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      _ = EngineFactory.matcher
      done.signal()
    }
    thread.stackSize = 256 << 20
    thread.start()
    done.wait()
  }()

  /// A fresh engine on a new in-memory demo database with the back-office handlers.
  static func make(handlers: HandlerRegistry = .backOffice) throws -> DialogueEngine {
    _ = warm
    return try EngineFactory.engine(handlers: handlers)
  }
}
