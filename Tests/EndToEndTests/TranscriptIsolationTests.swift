import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `switchboard test` gives every file the same start, whatever ran before it, with `-j` as
/// without, and the transcripts `simulate` writes pass alone, in any order and in parallel.
@Suite(.serialized) struct TranscriptIsolationTests {
  /// A transcript asking for a person: it opens a ticket, numbered from what the database holds.
  private static let ticket = """
    @as C-1001
    > I want to talk to a human
    = human_agent
    < ticket T-1101
    """

  @Test func everyFileOpensTheSameTicketFirstLastOrAlone() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let files = ["a.chat", "b.chat", "c.chat"].map { folder.file($0) }
    for file in files { try Self.ticket.write(toFile: file, atomically: true, encoding: .utf8) }
    for arguments in [files, files.reversed(), [files[2]], ["-j", "2"] + files] {
      let result = try BinaryRunner.run(["test"] + arguments)
      #expect(result.status == 0, "\(arguments): \(result.stdout)\(result.stderr)")
      let count = arguments.filter { $0.hasSuffix(".chat") }.count
      #expect(result.stdout == "\(2 * count) passed, 0 failed\n")
    }
  }

  @Test func theNamedDatabaseIsWhereEachFileStartsAndStaysAsItWas() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("office.sqlite")
    // The database opens one ticket before the run: each file's ticket is the next one.
    let piped = try BinaryRunner.run(
      ["--db", db, "--as", "C-1002"], stdin: "I want to talk to a human\n")
    #expect(piped.stdout.contains("T-1101"), "\(piped.stdout)")
    let before = try Self.contents(of: db)
    let file = folder.file("next.chat")
    try Self.ticket.replacingOccurrences(of: "T-1101", with: "T-1102")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["test", "--db", db, "-j", "2", file, file])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "4 passed, 0 failed\n")
    #expect(try Self.contents(of: db) == before)
  }

  @Test func simulationTranscriptsPassInReverseAloneAndInParallel() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let directory = folder.file("transcripts")
    let simulated = try BinaryRunner.run(
      [
        "simulate", "--db", folder.file("sim.sqlite"), "--sessions", "300", "--seed", "3",
        "--transcripts", directory,
      ])
    #expect(simulated.status == 0, "\(simulated.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasSuffix(".chat") }.sorted().map { directory + "/" + $0 }
    #expect(files.count == 300)

    let serial = try BinaryRunner.run(["test"] + files)
    #expect(serial.status == 0, "\(serial.stdout)")
    #expect(serial.stdout.hasSuffix(" 0 failed\n"))
    let reversed = try BinaryRunner.run(["test"] + files.reversed())
    #expect(reversed.stdout == serial.stdout)
    let parallel = try BinaryRunner.run(["test", "-j", "2", directory])
    #expect(parallel.stdout == serial.stdout)

    // A file that opens a ticket, on its own (tickets are numbered from what the database holds).
    let opensTicket = try #require(
      files.first { file in
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        return text.contains("ticket T-") || text.contains("チケットT-")
      })
    let alone = try BinaryRunner.run(["test", opensTicket])
    #expect(alone.status == 0, "\(opensTicket): \(alone.stdout)")
    #expect(alone.stdout.hasSuffix(" passed, 0 failed\n"))
  }

  @Test func parallelFailuresArePrintedInFileOrder() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    var files: [String] = []
    for index in 1...6 {
      let file = folder.file("f\(index).chat")
      let expected = index.isMultiple(of: 2) ? "greeting" : "goodbye"
      try "> hello\n= \(expected)\n".write(toFile: file, atomically: true, encoding: .utf8)
      files.append(file)
    }
    let serial = try BinaryRunner.run(["test"] + files)
    let parallel = try BinaryRunner.run(["test", "-j", "3"] + files)
    #expect(serial.status == 1)
    #expect(parallel.status == 1)
    #expect(parallel.stdout == serial.stdout)
    let failing = serial.stdout.split(separator: "\n").dropLast().map {
      String($0.prefix { $0 != ":" })
    }
    #expect(failing == [files[0], files[2], files[4]])
    #expect(serial.stdout.hasSuffix("3 passed, 3 failed\n"))
  }

  @Test func junitHoldsOneSuitePerFileAndTheOneFailure() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let good = folder.file("good.chat")
    let bad = folder.file("bad.chat")
    try "> hello\n= greeting\n< /hello|hi/\n".write(toFile: good, atomically: true, encoding: .utf8)
    try "> hello\n= greeting\n< no such reply\n".write(
      toFile: bad, atomically: true, encoding: .utf8)
    let report = folder.file("junit.xml")
    let result = try BinaryRunner.run(["test", "--junit", report, good, bad])
    #expect(result.status == 1)
    #expect(result.stdout.hasSuffix("3 passed, 1 failed\n"))
    let document = try XMLDocument(contentsOf: URL(fileURLWithPath: report))
    let root = try #require(document.rootElement())
    #expect(root.attribute(forName: "tests")?.stringValue == "4")
    #expect(root.attribute(forName: "failures")?.stringValue == "1")
    #expect(root.elements(forName: "testsuite").count == 2)
    #expect(try document.nodes(forXPath: "//testcase").count == 4)
    let failures = try document.nodes(forXPath: "//failure")
    #expect(failures.count == 1)
    #expect(failures.first?.stringValue?.hasPrefix("\(bad):3: expected the reply") == true)
  }

  /// The bytes of a database and its write-ahead log.
  private static func contents(of db: String) throws -> [Data?] {
    ["", "-wal"].map { FileManager.default.contents(atPath: db + $0) }
  }
}
