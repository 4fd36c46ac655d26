import Dialogue
import Foundation

/// The console with stdin not a terminal: one turn per line, no prompt, no colours.
///
/// Lines that are empty or start with `#` are skipped. Output depends only on the input and the
/// data. Returns whether every line was handled. Replies go to stdout; errors (a failed command
/// or turn, a line too long) to stderr, in order after the replies before them.
///
/// Turns are group-committed: the lines already read are answered as one unit of work of the
/// store (``ConsoleController/handleTogether(_:)``), committed before their replies are written. A reply is therefore never shown before its
/// turn is committed, and a writer that waits for each reply before sending the next line still
/// gets it at once (the log is committed whenever the next read might wait).
public struct PipedConsole {
  /// The most lines answered in one unit of work, whatever the input still holds.
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
    var read: [String] = []
    /// Answers the lines read so far as one unit of work, then shows their replies (or the
    /// commit's error instead).
    func answer() {
      guard !read.isEmpty else { return }
      for result in controller.handleTogether(read) {
        if result.failed {
          // Errors go to stderr, after the replies before them.
          allHandled = false
          if !result.output.isEmpty { Self.error(result.output) }
        } else if !result.output.isEmpty {
          StandardOutput.line(result.output)
        }
        quit = result.quit
      }
      read.removeAll(keepingCapacity: true)
      StandardOutput.flush()
    }

    reader.forEachLine(waiting: answer) { item in
      guard !quit else { return }
      switch item {
      case .tooLong(let bytes, let number):
        answer()
        guard !quit else { return }
        Self.error(
          "switchboard: stdin line \(number): too long (\(bytes) bytes, limit "
            + "\(DialogueEngine.maximumLineLength) characters); skipped")
        allHandled = false
      case .line(let text, _):
        if Self.isSkipped(text) { return }
        read.append(text)
        if read.count >= Self.largestBatch { answer() }
      }
    }
    answer()
    if !quit, let problem = controller.finish() {
      Self.error(problem)
      allHandled = false
    }
    StandardOutput.flush()
    return allHandled
  }

  /// Writes an error line to stderr, after the replies already written to stdout.
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
