import Dialogue
import Foundation

/// The console with stdin not a terminal: one turn per line, no prompt, no colours.
///
/// Lines that are empty or start with `#` are skipped. Output depends only on the input and the
/// data. Returns whether every line was handled. Replies go to stdout; errors (a failed command
/// or turn, a log that cannot be committed) go to stderr, after the replies before them.
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
        Self.error(problem + " (the replies since the last commit were not shown)")
        allHandled = false
        quit = true
      }
      for text in held { StandardOutput.line(text) }
      held.removeAll(keepingCapacity: true)
      StandardOutput.flush()
    }

    if let problem = controller.batchLogWrites(true) {
      Self.error(problem)
      return false
    }
    reader.forEachLine(waiting: release) { item in
      guard !quit else { return }
      switch item {
      case .tooLong(let bytes, let number):
        release()
        Self.error(
          "switchboard: stdin line \(number): too long (\(bytes) bytes, limit "
            + "\(DialogueEngine.maximumLineLength) characters); skipped")
        allHandled = false
      case .line(let text, _):
        if Self.isSkipped(text) { return }
        let result = controller.handle(text)
        if result.failed {
          allHandled = false
          if !result.output.isEmpty {
            release()
            Self.error(result.output)
          }
        } else if !result.output.isEmpty {
          held.append(result.output)
        }
        quit = result.quit
        if held.count >= Self.largestBatch { release() }
      }
    }
    release()
    if let problem = controller.batchLogWrites(false) {
      Self.error(problem)
      allHandled = false
    }
    if !quit, let problem = controller.finish() {
      Self.error(problem)
      allHandled = false
    }
    StandardOutput.flush()
    return allHandled
  }

  /// Writes an error line to stderr, after what stdout holds so far.
  private static func error(_ text: String) {
    StandardOutput.flush()
    FileHandle.standardError.write(Data((text + "\n").utf8))
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
