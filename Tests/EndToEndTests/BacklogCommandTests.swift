import Foundation
import Office
import TestSupport
import Testing

/// The fallback backlog as an inbox on the real binary: `/backlog` in a piped session decides,
/// `switchboard backlog` lists the states, and the taught group's lines are answered after.
@Suite(.serialized) struct BacklogCommandTests {
  static let lunchtime = [
    "is anyone there at lunchtime", "is anyone around at lunchtime",
    "anyone there at lunchtime today",
  ]
  static let dogs = ["can I bring my dog to the office", "can I bring my dog along"]

  @Test func aPipedSessionAssignsOneGroupAndIgnoresAnother() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = folder.file("intents")
    try FileManager.default.copyItem(atPath: RepositoryPaths.intents, toPath: intents)
    let db = folder.file("x.sqlite")
    let options = ["--db", db, "--intents", intents]
    let missed = try BinaryRunner.run(
      options, stdin: (Self.dogs + Self.lunchtime).joined(separator: "\n") + "\n")
    #expect(missed.status == 0, "stderr: \(missed.stderr)")

    let walked = try BinaryRunner.run(
      options + ["--agent", "mia"], stdin: "/backlog\n/backlog business_hours\n/backlog ignore\n")
    #expect(walked.status == 0, "stderr: \(walked.stderr)")
    #expect(walked.stdout.contains("Backlog group 1 of 2: "), "\(walked.stdout)")
    #expect(
      walked.stdout.contains(
        "to business_hours: 3 examples added (\(intents)/faq.yml); the matcher is retrained."))
    #expect(walked.stdout.contains("Ignored the group 'bring dog along'."))
    #expect(walked.stdout.hasSuffix("The backlog has nothing new to decide.\n"))

    let listed = try BinaryRunner.run(["backlog", "--db", db])
    #expect(listed.status == 0, "stderr: \(listed.stderr)")
    let rows = listed.stdout.components(separatedBy: "\n")
    #expect(rows.contains { $0.hasPrefix("done     business_hours  3 ") }, "\(listed.stdout)")
    #expect(rows.contains { $0.hasPrefix("ignored  -               2 ") }, "\(listed.stdout)")
    #expect(
      listed.stdout.contains("2 groups: 0 new, 0 assigned, 1 ignored, 1 done; 100.0% decided."))

    let again = try BinaryRunner.run(
      ["classify"] + options, stdin: Self.lunchtime.joined(separator: "\n") + "\n")
    #expect(again.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("business_hours\t") })
    let report = try BinaryRunner.run(["report", "--db", db])
    #expect(report.stdout.contains("Backlog inbox: 2 of 2 groups decided (1 done, 1 ignored)"))

    let log = try SQLiteStore(path: db).auditLog(limit: 50).filter {
      $0.action == "catalog.backlog"
    }
    #expect(log.map(\.detail) == ["given to business_hours, 3 lines", "ignored, 2 lines"])
    #expect(log.allSatisfy { $0.actor == "mia" })
  }
}
