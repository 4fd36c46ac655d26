import Foundation
import TestSupport
import Testing

/// Editing Japanese (two columns a character) in a real terminal: the screen and the cursor stay
/// where the stored line says they are.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct WideCharacterEditingTests {
  private static let prompt = "mia·agent> "

  /// The console in tmux with its own history and database, waiting at the prompt.
  private static func startConsole(in folder: TemporaryFolder) throws -> TmuxSession {
    let command =
      "env SWITCHBOARD_HISTORY='\(folder.file("history"))' LANG=C.UTF-8 TERM=xterm"
      + " '\(RepositoryPaths.binary)' --db '\(folder.file("x.sqlite"))' --agent mia --no-color"
      + "; sleep 60"
    let terminal = try TmuxSession(command: command)
    try terminal.waitFor { $0.contains("mia·agent>") }
    return terminal
  }

  /// Columns `text` takes on a terminal: two for the Japanese used here, one for the rest.
  private static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ((0x3000...0x9FFF).contains($1.value) ? 2 : 1) }
  }

  /// Waits until the cursor stops moving (the terminal has drawn the last keys) and returns it.
  private static func settledCursor(_ terminal: TmuxSession) throws -> (x: Int, y: Int) {
    var last = try terminal.cursor()
    for _ in 0..<20 {
      Thread.sleep(forTimeInterval: 0.15)
      let now = try terminal.cursor()
      if now == last { return now }
      last = now
    }
    return last
  }

  @Test func backspaceBetweenWideCharactersLeavesTheCursorAfterThePreviousOne() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let terminal = try Self.startConsole(in: folder)
    let promptRow = try terminal.cursor().y

    try terminal.type("あいうえお")
    try terminal.waitFor { $0.contains(Self.prompt + "あいうえお") }
    try terminal.press("Left", "Left", "Left")
    #expect(try Self.settledCursor(terminal).x == Self.width(Self.prompt + "あい"))
    try terminal.press("BSpace")
    try terminal.waitFor { $0.contains(Self.prompt + "あうえお") }
    #expect(try Self.settledCursor(terminal) == (Self.width(Self.prompt + "あ"), promptRow))

    try terminal.type("X")
    try terminal.waitFor { $0.contains(Self.prompt + "あXうえお") }
    #expect(try Self.settledCursor(terminal).x == Self.width(Self.prompt + "あX"))
    try terminal.type("か")
    try terminal.waitFor { $0.contains(Self.prompt + "あXかうえお") }
    #expect(try Self.settledCursor(terminal).x == Self.width(Self.prompt + "あXか"))
  }

  @Test func backspaceOnAWrappedLineDrawsEveryCharacterAndEndReachesTheEnd() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let terminal = try Self.startConsole(in: folder)
    let promptRow = try terminal.cursor().y
    let word = "あいうえおかきくけこ"
    let typed = String(repeating: word, count: 7)

    try terminal.type(typed)
    try terminal.waitFor { $0.contains("こ\n") || $0.hasSuffix("こ") || $0.contains("けこ") }
    _ = try Self.settledCursor(terminal)
    for _ in 0..<15 { try terminal.press("Left") }
    _ = try Self.settledCursor(terminal)
    try terminal.press("BSpace")
    // Left ×15 from the end puts the cursor after character 55; Backspace removes that one.
    var expected = Array(typed)
    expected.remove(at: typed.count - 16)
    let expectedLine = Self.prompt + String(expected)
    _ = try Self.settledCursor(terminal)
    var rows = try terminal.rows()
    #expect(rows[promptRow...].joined().hasPrefix(expectedLine))

    try terminal.press("End")
    let end = try Self.settledCursor(terminal)
    rows = try terminal.rows()
    #expect(rows[promptRow...].joined().hasPrefix(expectedLine))
    #expect(end.y == promptRow + 1)
    #expect(end.x == Self.width(rows[end.y]))

    try terminal.type("!")
    try terminal.press("Enter")
    let history = folder.file("history")
    let deadline = Date().addingTimeInterval(20)
    while !FileManager.default.fileExists(atPath: history) && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.1)
    }
    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(saved.contains(String(expected) + "!"))
  }
}
