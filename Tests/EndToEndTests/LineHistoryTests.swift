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
