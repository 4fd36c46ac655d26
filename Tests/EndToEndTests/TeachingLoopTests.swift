import Foundation
import Office
import TestSupport
import Testing

/// `/teach`, `/untaught` and the console noticing edited intent files, on the real binary with a
/// copy of the repository's catalog.
@Suite(.serialized) struct TeachingLoopTests {
  static let missed = "is anyone there at lunchtime"

  /// A copy of the repository's `intents/` in `folder`.
  static func catalogCopy(in folder: TemporaryFolder) throws -> String {
    let copy = folder.file("intents")
    try FileManager.default.copyItem(atPath: RepositoryPaths.intents, toPath: copy)
    return copy
  }

  static func text(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  /// The lines of `new` that are not in `old`, when `new` is `old` plus lines (else nil).
  static func addedLines(from old: String, to new: String) -> [String]? {
    let before = old.components(separatedBy: "\n")
    var after = new.components(separatedBy: "\n")
    var added: [String] = []
    var index = 0
    while index < after.count {
      if index < before.count && before[index] == after[index] {
        index += 1
        continue
      }
      added.append(after.remove(at: index))
    }
    return after == before ? added : nil
  }

  @Test func teachingInAPipedSessionRetrainsAndUntaughtPutsTheFileBack() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = try Self.catalogCopy(in: folder)
    let faq = intents + "/faq.yml"
    let original = try Self.text(faq)
    let result = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--intents", intents, "--agent", "mia"],
      stdin: "\(Self.missed)\n/teach business_hours\n\(Self.missed)\n/why\n/untaught\n"
        + "\(Self.missed)\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let replies = result.stdout.components(separatedBy: "\n")
    #expect(replies.first?.hasPrefix("Sorry, I didn't understand that.") == true)
    #expect(
      result.stdout.contains(
        "Taught '\(Self.missed)' as an example of business_hours (\(faq):"))
    #expect(result.stdout.contains("Monday to Friday"))
    #expect(result.stdout.contains("Decision: business_hours"))
    #expect(result.stdout.contains("lunchtim"))
    #expect(result.stdout.contains("Removed '\(Self.missed)' from business_hours (\(faq))"))
    #expect(replies.last { !$0.isEmpty }?.hasPrefix("Sorry, I didn't understand that.") == true)
    #expect(try Self.text(faq) == original)

    let log = try SQLiteStore(path: folder.file("x.sqlite")).auditLog(limit: 50)
      .filter { $0.action.hasPrefix("catalog.") }
    #expect(log.map(\.action).sorted() == ["catalog.teach", "catalog.untaught"])
    #expect(log.allSatisfy { $0.actor == "mia" && $0.target == "business_hours" && $0.allowed })
    #expect(log.contains { $0.detail == "added '\(Self.missed)' in \(faq)" })
  }

  @Test func noArgumentOffersTheTopThreeAndANumberChooses() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = try Self.catalogCopy(in: folder)
    let result = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--intents", intents],
      stdin: "\(Self.missed)\n/teach\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Teach '\(Self.missed)' as which intent?"))
    let rows = result.stdout.components(separatedBy: "\n").filter {
      $0.range(of: #"^[123] +[a-z_]+ +0\.\d\d$"#, options: .regularExpression) != nil
    }
    #expect(rows.count == 3, "\(result.stdout)")
    let first = try #require(rows.first?.split(separator: " ").dropFirst().first)
    let chosen = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--intents", intents],
      stdin: "\(Self.missed)\n/teach\n/teach 1\n")
    #expect(chosen.stdout.contains("as an example of \(first) ("), "\(chosen.stdout)")
  }

  @Test func aCustomerMayNotTeach() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = try Self.catalogCopy(in: folder)
    let before = try Self.text(intents + "/faq.yml")
    let result = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--intents", intents, "--as", "C-1001"],
      stdin: "\(Self.missed)\n/teach business_hours\n/untaught\n/backlog ignore\n")
    #expect(result.status == 1)
    let refusal = "Teaching needs the agent or admin role; this session is customer."
    #expect(result.stderr.components(separatedBy: refusal).count == 4, "\(result.stderr)")
    let log = try SQLiteStore(path: folder.file("x.sqlite")).auditLog(limit: 50)
    #expect(log.filter { $0.action == "catalog.teach" && !$0.allowed }.count == 3)
    #expect(try SQLiteStore(path: folder.file("x.sqlite")).backlogDecisions().isEmpty)
    #expect(try Self.text(intents + "/faq.yml") == before)
  }

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func aMissedLineIsAnsweredRightAfterTeachingAndTheFileKeepsItsComments() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = try Self.catalogCopy(in: folder)
    let faq = intents + "/faq.yml"
    let original = try Self.text(faq)
    let terminal = try TmuxSession(command: console(folder, intents: intents))
    try terminal.waitFor { $0.contains("mia·agent>") }

    try terminal.type(Self.missed)
    try terminal.press("Enter")
    var screen = try terminal.waitFor { $0.contains("[oos ") }
    #expect(screen.contains("[oos "))
    try terminal.type("/teach business_hours")
    try terminal.press("Enter")
    screen = try terminal.waitFor { $0.contains("the matcher is retrained") }
    #expect(screen.contains("as an example of business_hours"))

    try terminal.type(Self.missed)
    let asked = Date()
    try terminal.press("Enter")
    screen = try terminal.waitFor(seconds: 5) { $0.contains("[business_hours ") }
    let elapsed = Date().timeIntervalSince(asked)
    #expect(screen.contains("[business_hours "))
    #expect(elapsed < 1, "answered after \(elapsed) s")
    // The console's own change is not taken for an outside edit.
    #expect(!screen.contains("intent files changed on disk"))

    let taught = try Self.text(faq)
    #expect(Self.addedLines(from: original, to: taught) == ["        - \(Self.missed)"])
    #expect(taught.contains("# Company policies answered straight from the FAQ"))
  }

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func anEditedIntentFileChangesTheNextAnswerAndABrokenOneIsReportedOnce() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = try Self.catalogCopy(in: folder)
    let faq = intents + "/faq.yml"
    let original = try Self.text(faq)
    let terminal = try TmuxSession(command: console(folder, intents: intents))
    try terminal.waitFor { $0.contains("mia·agent>") }
    try terminal.type(Self.missed)
    try terminal.press("Enter")
    try terminal.waitFor { $0.contains("[oos ") }

    // An editor saves the file with one more example.
    let anchor = "        - what are your opening hours?\n"
    #expect(original.contains(anchor))
    try original.replacingOccurrences(
      of: anchor, with: anchor + "        - \(Self.missed)\n"
    ).write(toFile: faq, atomically: true, encoding: .utf8)
    try terminal.type(Self.missed)
    try terminal.press("Enter")
    var screen = try terminal.waitFor { $0.contains("[business_hours ") }
    #expect(screen.contains("(intent files changed on disk: reloaded 25 intents)"))
    #expect(screen.contains("[business_hours "))

    // A broken save keeps the catalog in force and is reported once.
    try (original + "  exmaples: oops\n").write(toFile: faq, atomically: true, encoding: .utf8)
    try terminal.type(Self.missed)
    try terminal.press("Enter")
    screen = try terminal.waitFor { $0.components(separatedBy: "[business_hours ").count == 3 }
    try terminal.type("thanks")
    try terminal.press("Enter")
    screen = try terminal.waitFor { $0.contains("[thanks ") }
    #expect(screen.components(separatedBy: "[business_hours ").count == 3)
    #expect(screen.components(separatedBy: "previous catalog stays in force").count == 2)
    #expect(screen.contains("faq.yml:"))
  }

  /// The interactive console on `intents`, as mia, without colours.
  private func console(_ folder: TemporaryFolder, intents: String) -> String {
    "env SWITCHBOARD_HISTORY='\(folder.file("history"))' LANG=C.UTF-8 TERM=xterm"
      + " SWITCHBOARD_CACHE='\(folder.file("cache"))' '\(RepositoryPaths.binary)'"
      + " --db '\(folder.file("x.sqlite"))' --intents '\(intents)' --agent mia --no-color;"
      + " sleep 60"
  }
}
