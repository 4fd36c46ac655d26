import Dialogue
import Foundation

/// The console with stdin not a terminal: one turn per line, no prompt, no colours.
///
/// Lines that are empty or start with `#` are skipped. Output depends only on the input and the
/// data. Returns whether every line was handled.
///
/// Turns are group-committed: the lines already read are answered in one open transaction, which
/// is committed before their replies are written. A reply is therefore never shown before its
/// turn is committed, and a writer that waits for each reply before sending the next line still
/// gets it at once (the log is committed whenever the next read might wait).
public struct PipedConsole {
  /// The most replies held back before a commit, whatever the input still holds.
  public static let largestBatch = 512

  private let controller: ConsoleController
  private let reader: PipedReader

  /// Creates a piped console reading `handle`.
  public init(controller: ConsoleController, handle: FileHandle = .standardInput) {
    self.controller = controller
    self.reader = PipedReader(handle: handle, limit: DialogueEngine.maximumLineLength * 4)
  }

  /// Answers every line; `true` when all were handled.
  public func run() -> Bool {
    var allHandled = true
    var quit = false
    var held: [String] = []
    /// Commits the held turns, then shows their replies; on failure shows the error instead.
    func release() {
      if let problem = controller.commitLog() {
        held.removeAll()
        StandardOutput.line(problem + " (the replies since the last commit were not shown)")
        allHandled = false
        quit = true
      }
      for text in held { StandardOutput.line(text) }
      held.removeAll(keepingCapacity: true)
      StandardOutput.flush()
    }

    if let problem = controller.batchLogWrites(true) {
      StandardOutput.line(problem)
      StandardOutput.flush()
      return false
    }
    reader.forEachLine(waiting: release) { item in
      guard !quit else { return }
      switch item {
      case .tooLong(let bytes, let number):
        release()
        FileHandle.standardError.write(
          Data(
            ("switchboard: stdin line \(number): too long (\(bytes) bytes, limit "
              + "\(DialogueEngine.maximumLineLength) characters); skipped\n").utf8))
        allHandled = false
      case .line(let text, _):
        if Self.isSkipped(text) { return }
        let result = controller.handle(text)
        if !result.output.isEmpty { held.append(result.output) }
        if result.failed { allHandled = false }
        quit = result.quit
        if held.count >= Self.largestBatch { release() }
      }
    }
    release()
    if let problem = controller.batchLogWrites(false) {
      StandardOutput.line(problem)
      allHandled = false
    }
    if !quit, let problem = controller.finish() {
      StandardOutput.line(problem)
      allHandled = false
    }
    StandardOutput.flush()
    return allHandled
  }

  /// Empty lines and `#` comments (after leading blanks) are not answered.
  private static func isSkipped(_ line: String) -> Bool {
    for scalar in line.unicodeScalars {
      if scalar.properties.isWhitespace { continue }
      return scalar == "#"
    }
    return true
  }
}
