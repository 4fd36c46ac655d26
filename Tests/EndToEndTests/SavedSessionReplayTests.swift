import Foundation
import TestSupport
import Testing

/// A conversation saved with `/save` in the interactive console, which judges invoices on
/// today's date, replays with `switchboard test` on any later day.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct SavedSessionReplayTests {
  @Test func aSavedInteractiveSessionReplaysWhereAnInvoiceIsOverdue() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let saved = folder.file("owed.chat")
    let command =
      "env SWITCHBOARD_HISTORY='\(folder.file("history"))' LANG=C.UTF-8 TERM=xterm"
      + " '\(RepositoryPaths.binary)' --db '\(folder.file("x.sqlite"))' --no-color; sleep 60"
    let terminal = try TmuxSession(command: command)
    try terminal.waitFor { $0.contains("agent>") }
    for (line, shown) in [
      ("/as C-1001", "Now speaking as C-1001"),
      ("what do I owe?", "account_balance"),
      ("what is the status of invoice INV-1001?", "invoice_status"),
      ("/save \(saved)", "Saved 2 turns"),
    ] {
      try terminal.type(line)
      try terminal.press("Enter")
      let screen = try terminal.waitFor { $0.contains(shown) }
      #expect(screen.contains(shown), "\(line): \(screen)")
    }
    // INV-1001 of the demo company is stored unpaid and was due on 2026-11-03: the console,
    // judging on today's date, calls it overdue, and so must the replay.
    let screen = try terminal.screen()
    #expect(screen.contains("is overdue: it was due on Nov 3, 2026"), "\(screen)")
    let text = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(text.contains("\n@today 20"), "\(text)")
    #expect(text.contains("overdue"), "\(text)")

    let replay = try BinaryRunner.run(["test", saved])
    #expect(replay.status == 0, "\(replay.stdout)")
    #expect(replay.stdout == "4 passed, 0 failed\n")

    // Without the day it was saved on, the replay reads the stored status (unpaid) and fails,
    // as every saved session did before `/save` wrote `@today`.
    let undated = folder.file("undated.chat")
    try text.split(separator: "\n").filter { !$0.hasPrefix("@today") }.joined(separator: "\n")
      .write(toFile: undated, atomically: true, encoding: .utf8)
    let stored = try BinaryRunner.run(["test", undated])
    #expect(stored.status == 1, "\(stored.stdout)")
  }
}
