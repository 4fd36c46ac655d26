import Dialogue
import Foundation
import TestSupport

/// The shared test engine (the matcher is trained once, by ``EngineFactory``).
enum TestEngine {
  /// A fresh engine on a new in-memory demo database with the back-office handlers.
  static func make(handlers: HandlerRegistry = .backOffice) throws -> DialogueEngine {
    try EngineFactory.engine(handlers: handlers)
  }
}
