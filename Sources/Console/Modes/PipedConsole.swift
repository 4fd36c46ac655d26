import Dialogue
import Foundation

/// The console with stdin not a terminal: one turn per line, no prompt, no colours.
///
/// Lines that are empty or start with `#` are skipped. Output depends only on the input and the
/// data. Returns whether every line was handled.
public struct PipedConsole {
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
    reader.forEachLine { item in
      guard !quit else { return }
      switch item {
      case .tooLong(let bytes, let number):
        StandardOutput.flush()
        FileHandle.standardError.write(
          Data(
            ("switchboard: stdin line \(number): too long (\(bytes) bytes, limit "
              + "\(DialogueEngine.maximumLineLength) characters); skipped\n").utf8))
        allHandled = false
      case .line(let text, _):
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
        let result = controller.handle(text)
        if !result.output.isEmpty { StandardOutput.line(result.output) }
        if result.failed { allHandled = false }
        quit = result.quit
      }
    }
    if !quit, let problem = controller.finish() {
      StandardOutput.line(problem)
      allHandled = false
    }
    StandardOutput.flush()
    return allHandled
  }
}
