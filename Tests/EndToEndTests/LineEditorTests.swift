import Foundation
import TestSupport
import Testing

/// The interactive console in a real terminal (tmux): history, completion, Ctrl-C, Ctrl-D.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LineEditorTests {
  @Test func editsRecallsCompletesInterruptsAndExits() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let history = folder.file("state/history")
    let status = folder.file("status")
    let command =
      "env SWITCHBOARD_HISTORY='\(history)' LANG=C.UTF-8 TERM=xterm '\(RepositoryPaths.binary)'"
      + " --db '\(folder.file("x.sqlite"))' --agent mia --no-color; echo $? > '\(status)'; sleep 60"
    let terminal = try TmuxSession(command: command)
    let prompt = "mia·agent> "
    try terminal.waitFor { $0.contains("mia·agent>") }

    try terminal.type("what are your opening hours?")
    try terminal.press("Enter")
    try terminal.waitFor { $0.contains("Monday to Friday") }

    try terminal.press("Up")
    try terminal.waitFor {
      $0.components(separatedBy: prompt + "what are your opening hours?").count == 3
    }
    try terminal.press("Enter")
    var screen = try terminal.waitFor { $0.components(separatedBy: "Monday to Friday").count == 3 }
    #expect(screen.components(separatedBy: "Monday to Friday").count == 3)

    try terminal.type("/he")
    try terminal.press("Tab")
    screen = try terminal.waitFor { $0.contains(prompt + "/help") }
    #expect(screen.contains(prompt + "/help"))
    try terminal.press("Enter")
    screen = try terminal.waitFor { $0.contains("what it does") }
    #expect(screen.contains("what it does"))

    // Hundreds of customers start with C-1: the list says there are more and inserts nothing.
    try terminal.type("/as C-1")
    try terminal.press("Tab")
    screen = try terminal.waitFor { $0.contains("… and more: type more of the id or name") }
    #expect(screen.contains(prompt + "/as C-1"))
    #expect(!screen.contains(prompt + "/as C-10"))
    try terminal.press("C-c")

    try terminal.type("where is my par")
    try terminal.press("C-c")
    try terminal.type("thanks")
    try terminal.press("Enter")
    screen = try terminal.waitFor { $0.contains("[thanks ") }
    #expect(screen.contains("[thanks "))

    try terminal.type("営業時間わ")
    try terminal.press("BSpace")
    try terminal.type("は？")
    try terminal.press("Enter")
    screen = try terminal.waitFor { $0.contains("平日") }
    #expect(screen.contains(prompt + "営業時間は？"))
    #expect(screen.contains("平日"))

    try terminal.press("C-d")
    let deadline = Date().addingTimeInterval(20)
    while !FileManager.default.fileExists(atPath: status) && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.1)
    }
    let exit = try String(contentsOfFile: status, encoding: .utf8)
    #expect(exit.trimmingCharacters(in: .whitespacesAndNewlines) == "0")

    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(saved.hasPrefix("_HiStOrY_V2_"))
    #expect(saved.contains("what\\040are\\040your\\040opening\\040hours?"))
    #expect(saved.contains("/help"))
    #expect(saved.contains("営業時間は？"))
    #expect(!saved.contains("where\\040is\\040my\\040par"))
    #expect(saved.components(separatedBy: "opening").count == 2)
  }
}
