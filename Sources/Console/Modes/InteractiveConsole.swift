import Dialogue
import Foundation

/// The console on a terminal: libedit prompt, history, completion, Ctrl-C and Ctrl-D.
public struct InteractiveConsole {
  private let controller: ConsoleController
  private let editor: EditLine
  private let watcher: CatalogWatcher

  /// Opens the line editor with the history file at `historyPath`.
  public init(
    controller: ConsoleController, historyPath: String,
    customers: @escaping (String) -> Completer.Pool = { _ in Completer.Pool([]) }
  ) throws(LineEditorError) {
    self.controller = controller
    let completer = Completer(
      registry: controller.registry,
      intentNames: { [engine = controller.engine] in engine.catalog.intents.map(\.name) },
      customers: customers)
    self.editor = try EditLine(historyPath: historyPath, completer: completer)
    self.watcher = CatalogWatcher(controller: controller)
  }

  /// Reads and answers lines until `/quit` or Ctrl-D; the conversation is then closed.
  public func run() {
    StandardOutput.line(
      controller.style.bold("Switchboard")
        + " — ask in English or Japanese; /help lists the commands, Ctrl-D leaves.")
    StandardOutput.flush()
    while true {
      switch editor.readLine(prompt: coloredPrompt()) {
      case .interrupted:
        continue
      case .endOfInput:
        if let problem = controller.finish() { StandardOutput.line(problem) }
        StandardOutput.flush()
        return
      case .line(let line):
        // A line the engine refuses as too long would only fill the history.
        if line.count <= DialogueEngine.maximumLineLength { editor.remember(line) }
        if let notice = watcher.reloadIfChanged() { StandardOutput.line(notice) }
        let result = controller.handle(line)
        if !result.output.isEmpty { StandardOutput.line(result.output) }
        StandardOutput.flush()
        if result.quit { return }
      }
    }
  }

  /// The prompt with its colour escapes wrapped in libedit's `\u{1}` delimiters.
  private func coloredPrompt() -> String {
    let plain = controller.prompt
    guard controller.style.enabled else { return plain }
    return "\u{1}\u{1B}[36m\u{1}" + plain.dropLast(2) + "\u{1}\u{1B}[0m\u{1}> "
  }
}
