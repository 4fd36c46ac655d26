@preconcurrency import CEditLine
import Foundation
@preconcurrency import Glibc

/// A failure of the line editor.
public enum LineEditorError: Error, CustomStringConvertible {
  /// libedit could not be initialised on this terminal.
  case cannotInitialise

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .cannotInitialise: "cannot initialise the line editor (libedit) on this terminal"
    }
  }
}

/// What one read from the terminal gave.
public enum LineRead: Equatable {
  /// A line (without its newline).
  case line(String)
  /// Ctrl-C abandoned the line being typed.
  case interrupted
  /// Ctrl-D on an empty line, or the terminal closed.
  case endOfInput
}

// libedit calls back through C function pointers, which cannot capture: these globals carry the
// prompt and the completer to them. One editor exists per process.
nonisolated(unsafe) private var promptBytes: UnsafeMutablePointer<CChar>? = nil
nonisolated(unsafe) private var activeCompleter: Completer? = nil
nonisolated(unsafe) private var interruptPressed = false

/// The interactive line editor: libedit with history, Tab completion and a coloured prompt.
///
/// The only type that touches the C API. History is loaded from and saved to a file after every
/// line, at most 1,000 entries, a line equal to the previous one is not added.
public final class EditLine {
  private let editor: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String
  private var event = HistEvent()

  /// Opens the editor on the terminal; `historyPath`'s folder is created when missing.
  public init(historyPath: String, completer: Completer) throws(LineEditorError) {
    Self.prepareLocale()
    Self.installInterruptHandler()
    guard let editor = el_init("switchboard", stdin, stdout, stderr), let history = history_init()
    else { throw .cannotInitialise }
    self.editor = editor
    self.history = history
    self.historyPath = historyPath
    activeCompleter = completer
    _ = sb_history_set_size(history, &event, 1000)
    _ = sb_history_set_unique(history, &event, 1)
    _ = sb_el_set_editor(editor, "emacs")
    _ = sb_el_set_history(editor, history)
    _ = sb_el_set_prompt_esc(editor, { _ in promptBytes }, 1)
    _ = sb_el_add_function(
      editor, "sb-complete", "Complete the word",
      { editor, _ in
        EditLine.complete(editor)
      })
    _ = sb_el_bind(editor, "^I", "sb-complete")
    _ = sb_el_add_function(
      editor, "sb-interrupt", "Abandon the line",
      { editor, _ in
        EditLine.interrupt(editor)
      })
    _ = sb_el_disable_isig(editor)
    _ = sb_el_bind(editor, "^C", "sb-interrupt")
    Self.redrawWideCharactersInFull(editor)
    Self.bindHomeEndAndDelete(editor)
    Self.makeFolder(for: historyPath)
    _ = sb_history_load(history, &event, historyPath)
  }

  deinit {
    history_end(history)
    el_end(editor)
    free(promptBytes)
    promptBytes = nil
    activeCompleter = nil
  }

  /// Reads one line showing `prompt`; escapes in the prompt must be wrapped in `\u{1}`.
  public func readLine(prompt: String) -> LineRead {
    free(promptBytes)
    promptBytes = strdup(prompt)
    var count: Int32 = 0
    interruptPressed = false
    let bytes = el_gets(editor, &count)
    if interruptPressed || (bytes == nil && count == -1) {
      // Ctrl-C, as a key (the usual case) or as a signal from elsewhere.
      fputs(bytes == nil ? "\n" : "^C\n", stdout)
      return .interrupted
    }
    guard let bytes else {
      fputs("\n", stdout)
      return .endOfInput
    }
    var line = String(cString: bytes)
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  /// Adds `line` to the history and saves the history file.
  public func remember(_ line: String) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return }
    _ = sb_history_enter(history, &event, trimmed)
    _ = sb_history_save(history, &event, historyPath)
  }

  /// Ctrl-C: ends the line at its end; ``readLine(prompt:)`` shows `^C` and discards it.
  private static func interrupt(_ editor: OpaquePointer?) -> UInt8 {
    guard let editor else { return UInt8(CC_ERROR) }
    if let info = el_wline(editor) {
      _ = el_cursor(editor, Int32(info.pointee.lastchar - info.pointee.cursor))
    }
    interruptPressed = true
    return UInt8(CC_NEWLINE)
  }

  private static func complete(_ editor: OpaquePointer?) -> UInt8 {
    guard let editor, let info = el_line(editor), let completer = activeCompleter else {
      return UInt8(CC_ERROR)
    }
    let length = info.pointee.cursor - info.pointee.buffer
    let bytes = UnsafeRawBufferPointer(start: info.pointee.buffer, count: length)
    let text = String(decoding: bytes, as: UTF8.self)
    let completion = completer.complete(text)
    if completion.candidates.isEmpty { return UInt8(CC_ERROR) }
    if !completion.insertion.isEmpty {
      _ = el_insertstr(editor, completion.insertion)
      if completion.candidates.count == 1 { return UInt8(CC_REFRESH) }
    }
    let rows = CompletionList.lines(
      completion.candidates, width: Int(sb_terminal_columns(1)), partial: completion.isPartial)
    fputs("\n" + rows.joined(separator: "\n") + "\n", stdout)
    return UInt8(CC_REDISPLAY)
  }

  /// libedit's refresh, when the terminal can insert or delete characters, rewrites only part of a
  /// two-column character after the change and counts it as one column: after Backspace between
  /// Japanese characters the cursor sits one column right of the text, and on a wrapped line a
  /// character is left blank. Without those capabilities it rewrites the rest of the line instead
  /// (a few dozen bytes), which it counts right.
  private static func redrawWideCharactersInFull(_ editor: OpaquePointer) {
    for capability in ["dc", "DC", "ic", "IC", "im", "ei"] {
      _ = sb_el_set_terminal_capability(editor, capability, "")
    }
  }

  /// Home, End and Delete as terminals (and tmux) send them, whatever the terminfo entry says;
  /// unbound, their escape sequences would type `~` into the line.
  private static func bindHomeEndAndDelete(_ editor: OpaquePointer) {
    for key in ["\\e[H", "\\eOH", "\\e[1~", "\\e[7~"] {
      _ = sb_el_bind(editor, key, "ed-move-to-beg")
    }
    for key in ["\\e[F", "\\eOF", "\\e[4~", "\\e[8~"] {
      _ = sb_el_bind(editor, key, "ed-move-to-end")
    }
    _ = sb_el_bind(editor, "\\e[3~", "ed-delete-next-char")
  }

  /// Wide characters edit correctly only under a UTF-8 locale.
  private static func prepareLocale() {
    setlocale(LC_ALL, "")
    let current = String(cString: setlocale(LC_CTYPE, nil))
    if !current.uppercased().contains("UTF-8") && !current.uppercased().contains("UTF8") {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  /// Ctrl-C interrupts `el_gets` (which then returns with count -1) instead of the process.
  private static func installInterruptHandler() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  private static func makeFolder(for path: String) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }
}
