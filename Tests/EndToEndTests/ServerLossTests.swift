import Foundation
import TestSupport
import Testing

/// The server goes away mid-run: the piped console stops with one line and a non-zero exit, and
/// no reply was printed whose turn is not on the server.
@Suite(.serialized) struct ServerLossTests {
  @Test(.enabled(if: ThrowawayPostgres.binaries != nil, "PostgreSQL is not installed"))
  func killingTheServerMidPipeLosesNoPrintedReply() throws {
    let server = try #require(try ThrowawayPostgres())
    #expect(try BinaryRunner.run(["--db", server.url], stdin: "").status == 0)  // create and seed
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let count = 300_000
    let lines = (0..<count).map { "where is order \(1001 + $0 % 900)? (\($0))" }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: folder.file("in"), atomically: true, encoding: .utf8)
    let console = try ChildProcess.start(
      RepositoryPaths.binary, ["--db", server.url], input: .file(folder.file("in")),
      output: .file(folder.file("out")), error: .file(folder.file("err")))
    // Once a few groups of replies are out, the server dies as in a crash.
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline {
      let size = (try? FileManager.default.attributesOfItem(atPath: folder.file("out"))[.size])
      if let size = size as? Int, size > 20_000 { break }
      usleep(20_000)
    }
    try server.stop()
    let status = try console.wait(timeout: 120)
    let errors = (try? String(contentsOfFile: folder.file("err"), encoding: .utf8)) ?? ""
    #expect(status != 0)
    #expect(errors.split(separator: "\n").count == 1, "\(errors)")
    #expect(errors.contains("lost the connection"), "\(errors)")

    try server.start()
    let printed = ((try? String(contentsOfFile: folder.file("out"), encoding: .utf8)) ?? "")
      .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    #expect(printed.count > 10)
    #expect(printed.count < count)
    let asked = try Psql.query(
      server.url, "SELECT text FROM messages WHERE speaker != 'bot' ORDER BY id"
    ).split(separator: "\n").map(String.init)
    let answered = try Psql.query(
      server.url, "SELECT text FROM messages WHERE speaker = 'bot' ORDER BY id"
    ).split(separator: "\n").map(String.init)
    // Every printed reply's turn is on the server, in order.
    #expect(asked.count >= printed.count)
    #expect(Array(asked.prefix(printed.count)) == Array(lines.prefix(printed.count)))
    #expect(Array(answered.prefix(printed.count)) == printed)
  }

  @Test(
    .enabled(if: ThrowawayPostgres.binaries != nil, "PostgreSQL is not installed"),
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func theInteractiveConsoleSaysItLostTheServerAndReconnectsOnTheNextLine() throws {
    let server = try #require(try ThrowawayPostgres())
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let command =
      "env SWITCHBOARD_HISTORY='\(folder.file("history"))' LANG=C.UTF-8 TERM=xterm"
      + " '\(RepositoryPaths.binary)' --db '\(server.url)' --agent mia --no-color; sleep 60"
    let terminal = try TmuxSession(command: command)
    try terminal.waitFor(seconds: 60) { $0.contains("mia·agent>") }
    try terminal.type("what are your opening hours?")
    try terminal.press("Enter")
    try terminal.waitFor { $0.contains("Monday to Friday") }

    try server.stop()
    try terminal.type("where is order 1002?")
    try terminal.press("Enter")
    let lost = try terminal.waitFor { $0.contains("the next line reconnects") }
    #expect(lost.contains("lost the connection"))
    #expect(lost.contains("this line is not in the log"))

    try server.start()
    try terminal.type("where is order 1003?")
    try terminal.press("Enter")
    let back = try terminal.waitFor { $0.components(separatedBy: "mia·agent>").count >= 5 }
    #expect(!back.contains("error: cannot connect"))
    #expect(
      try Psql.query(server.url, "SELECT text FROM messages WHERE speaker != 'bot' ORDER BY id")
        == "what are your opening hours?\nwhere is order 1003?")
  }
}
