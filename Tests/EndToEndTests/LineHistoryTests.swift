import Foundation
import TestSupport
import Testing

/// What the interactive console keeps in its history file.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LineHistoryTests {
  @Test func aLineRefusedAsTooLongIsNotSaved() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let history = folder.file("history")
    let command =
      "env SWITCHBOARD_HISTORY='\(history)' LANG=C.UTF-8 TERM=xterm '\(RepositoryPaths.binary)'"
      + " --db '\(folder.file("x.sqlite"))' --agent mia --no-color; sleep 60"
    let terminal = try TmuxSession(command: command)
    try terminal.waitFor { $0.contains("mia·agent>") }

    try terminal.type(String(repeating: "x", count: 10_001))
    try terminal.press("Enter")
    let refused = try terminal.waitFor { $0.contains("too long") }
    #expect(refused.contains("too long"))
    try terminal.type("thanks")
    try terminal.press("Enter")
    try terminal.waitFor { $0.contains("[thanks ") }

    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(saved.contains("thanks"))
    #expect(!saved.contains("xxxxxxxxxx"))
  }
}

/// Tab's list of candidates in a narrow terminal.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct CompletionListTerminalTests {
  @Test func theListFitsANarrowTerminalAndSaysHowManyMore() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let command =
      "env SWITCHBOARD_HISTORY='\(folder.file("history"))' LANG=C.UTF-8 TERM=xterm"
      + " '\(RepositoryPaths.binary)' --db '\(folder.file("x.sqlite"))' --agent mia --no-color"
      + "; sleep 60"
    let terminal = try TmuxSession(command: command, columns: 40, rows: 30)
    try terminal.waitFor { $0.contains("mia·agent>") }
    try terminal.type("/intents ")
    try terminal.press("Tab")
    let screen = try terminal.waitFor { $0.contains(" more\n") }
    #expect(screen.contains("… and "), "\(screen)")
    let rows = try terminal.rows()
    let listed = rows.filter { $0.contains("_") && !$0.contains(">") }
    #expect(!listed.isEmpty, "\(rows)")
    for row in listed {
      for word in row.split(separator: " ") {
        #expect(word.allSatisfy { $0.isLowercase || $0 == "_" }, "broken item '\(word)' in \(rows)")
        #expect(word.count > 4, "broken item '\(word)' in \(rows)")
      }
    }
  }
}
