import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary under faults: killed mid-run, sharing its file with another console, given a
/// database it may not write, or a file that is not a database. Nothing may crash, every reply
/// shown must have its turn in the log, and a fault is one clear line on stderr.
@Suite(.serialized) struct FaultTests {
  /// Lines whose replies are one line each, so printed lines and logged replies compare as lists.
  static let questions = [
    "what are your opening hours?", "do you take credit cards", "where is my order 1002?", "hi",
    "thanks",
  ]

  @Test func killNineMidRunLeavesNoPrintedReplyWithoutItsTurn() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    #expect(try BinaryRunner.run(["--db", db], stdin: "").status == 0)  // create and seed

    // Each round is killed after at least that many replies (0: during start-up), with more
    // lines already queued; the next round reopens the file the killed one left.
    let rounds = [0, 1, 9, 40, 150]
    var printed: [String: [String]] = [:]
    for (round, replies) in rounds.enumerated() {
      let agent = "round-\(round)"
      let lines = try Self.killConsole(
        db: db, agent: agent, afterReplies: replies, folder: folder)
      #expect(lines.count >= replies, "\(agent): \(lines.count) replies before the kill")
      printed[agent] = lines
    }

    let logged = try Self.loggedMessages(db)
    for round in rounds.indices {
      let agent = "round-\(round)"
      let shown = printed[agent] ?? []
      let turns = logged.filter { $0.agent == agent }
      let replies = turns.filter { $0.speaker == "bot" }.flatMap {
        $0.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      }
      // A turn may be logged and not yet shown when the kill came; never the other way round.
      #expect(Array(replies.prefix(shown.count)) == shown, "\(agent)")
      #expect(turns.count == 2 * turns.filter { $0.speaker == "bot" }.count, "\(agent)")
    }
  }

  @Test func twoConsolesOnOneFileLogEveryTurnOfBoth() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    #expect(try BinaryRunner.run(["--db", db], stdin: "").status == 0)
    let count = 600
    let input = folder.file("input")
    let lines = (0..<count).map { Self.questions[$0 % Self.questions.count] }
    _ = FileManager.default.createFile(
      atPath: input, contents: Data(lines.map { $0 + "\n" }.joined().utf8))

    let consoles = try ["alpha", "beta"].map { agent in
      try ChildProcess.start(
        RepositoryPaths.binary, ["--db", db, "--agent", agent], environment: Self.environment,
        input: .file(input), output: .file(folder.file("\(agent).out")),
        error: .file(folder.file("\(agent).err")))
    }
    for (agent, console) in zip(["alpha", "beta"], consoles) {
      #expect(
        try console.wait(timeout: 240) == 0, "\(agent): \(Self.text(folder.file("\(agent).err")))")
      #expect(Self.text(folder.file("\(agent).err")).isEmpty)
      #expect(Self.text(folder.file("\(agent).out")).split(separator: "\n").count == count)
    }

    let logged = try Self.loggedMessages(db)
    for agent in ["alpha", "beta"] {
      let turns = logged.filter { $0.agent == agent }
      #expect(turns.filter { $0.speaker == "bot" }.count == count, "\(agent)")
      #expect(turns.filter { $0.speaker != "bot" }.map(\.text) == lines, "\(agent)")
    }
  }

  @Test(.enabled(if: ReadOnlyRunner.available, "no way to make a file read-only to the binary"))
  func aReadOnlyDatabaseGivesOneClearLineAndNeverACrash() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    #expect(try BinaryRunner.run(["--db", db], stdin: "hi\n").status == 0)
    let runner = try ReadOnlyRunner(folder: folder, database: db)
    let before = FileManager.default.contents(atPath: db)

    // Commands that write: a piped turn and `ask`.
    for (name, arguments, input) in [
      ("piped console", ["--db", db], "hi\n"), ("ask", ["ask", "hi", "--db", db], ""),
    ] {
      let result = try runner.run(arguments, stdin: input)
      #expect(result.status > 0 && result.status < 128, "\(name): status \(result.status)")
      #expect(!(result.stdout + result.stderr).contains("Fatal error"), "\(name)")
      Self.expectOneLineError(result.stderr, naming: db, saying: "is read-only", name)
      // Refused at open, before any reply: the same exit as a database that cannot be opened.
      #expect(result.status == 2, "\(name)")
      #expect(result.stdout.isEmpty, "\(name): \(result.stdout)")
    }
    #expect(FileManager.default.contents(atPath: db) == before)

    // Reading commands: the report reads only; export writes its audit entry.
    let report = try runner.run(["report", "--db", db])
    #expect(report.status == 0, "report: \(report.stderr)")
    #expect(report.stdout.contains("user turns 1"))
    let export = try runner.run(["export", "messages", "--db", db])
    #expect(export.stdout.split(separator: "\n").count == 2)
    // A database that cannot be written is exported without its audit entry, and says so.
    #expect(export.status == 0, "export: \(export.stderr)")
    #expect(export.stderr.hasSuffix("is read-only; this export is not in its audit log\n"))
  }

  /// What is written where the database should be.
  enum Garbage: String, CaseIterable, CustomTestStringConvertible {
    case randomBytes, sqliteHeaderThenRandomBytes, text

    var testDescription: String { rawValue }

    /// 64 KiB from a fixed seed, so a failure repeats.
    var bytes: Data {
      var generator = SeededBytes(seed: 12)
      let random = (0..<65_536).map { _ in generator.next() }
      switch self {
      case .randomBytes: return Data(random)
      case .sqliteHeaderThenRandomBytes:
        return Data("SQLite format 3\0".utf8) + random.dropFirst(16)
      case .text: return Data("these are the minutes of the last meeting\n".utf8)
      }
    }
  }

  @Test(arguments: Garbage.allCases)
  func aCorruptFileGivesOneLineNamingItAndIsLeftAlone(_ garbage: Garbage) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    _ = FileManager.default.createFile(atPath: db, contents: garbage.bytes)

    for arguments in [
      ["--db", db], ["ask", "hi", "--db", db], ["export", "messages", "--db", db],
      ["report", "--db", db],
    ] {
      let name = arguments.prefix(2).joined(separator: " ")
      let result = try BinaryRunner.run(arguments, input: Data("hi\n".utf8), timeout: 60)
      #expect(result.status > 0 && result.status < 128, "\(name): status \(result.status)")
      #expect(result.stdout.isEmpty, "\(name)")
      Self.expectOneLineError(result.stderr, naming: db, saying: "not a database", name)
      #expect(result.status == 2, "\(name)")
    }
    #expect(FileManager.default.contents(atPath: db) == garbage.bytes, "the file was changed")
  }
}

extension FaultTests {
  /// The environment of a child started without ``BinaryRunner``: the tests' own, with the
  /// database and catalog options cleared and the test run's matcher cache.
  static var environment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["SWITCHBOARD_DB"] = nil
    environment["SWITCHBOARD_INTENTS"] = nil
    environment["SWITCHBOARD_CACHE"] =
      FileManager.default.temporaryDirectory.appendingPathComponent("switchboard-tests-cache").path
    return environment
  }

  /// Starts a piped console, keeps lines queued on its stdin until it has printed `afterReplies`
  /// replies, kills its process group with SIGKILL, and returns the complete lines it printed.
  static func killConsole(
    db: String, agent: String, afterReplies: Int, folder: TemporaryFolder
  ) throws -> [String] {
    signal(SIGPIPE, SIG_IGN)  // a console that dies early must fail the test, not end the run
    let output = folder.file("\(agent).out")
    var ends = ChildProcess.closeOnExecPipe()
    let console = try ChildProcess.start(
      RepositoryPaths.binary, ["--db", db, "--agent", agent], environment: environment,
      input: .descriptor(ends.read), output: .file(output),
      error: .file(folder.file("\(agent).err")))
    close(ends.read)
    defer { if ends.write >= 0 { close(ends.write) } }

    var sent = 0
    let deadline = Date().addingTimeInterval(90)
    repeat {
      // Keep about 50 lines ahead of the replies, so the kill finds work in flight.
      if sent - completeLines(output).count < 50 {
        let batch = (0..<10).map { questions[(sent + $0) % questions.count] + "\n" }.joined()
        let written = Array(batch.utf8).withUnsafeBytes {
          write(ends.write, $0.baseAddress, $0.count)
        }
        if written < 0 { break }
        sent += 10
      }
      usleep(2_000)
    } while completeLines(output).count < afterReplies && Date() < deadline
    kill(-console.pid, SIGKILL)
    close(ends.write)
    ends.write = -1
    #expect(try console.wait(timeout: 30) == 128 + SIGKILL, "\(agent) was not killed")
    return completeLines(output)
  }

  /// The lines of the file at `path` that end with a newline (a kill can cut the last one).
  static func completeLines(_ path: String) -> [String] {
    var lines = text(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines.removeLast()  // what follows the last newline: empty, or a cut line
    return lines
  }

  /// The text of the file at `path`, empty when it does not exist.
  static func text(_ path: String) -> String {
    String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
  }

  /// One row of `export messages`.
  struct LoggedMessage: Decodable {
    var speaker: String
    var text: String
    var agent: String?
  }

  /// Every logged message of the database at `db`, in order.
  static func loggedMessages(_ db: String) throws -> [LoggedMessage] {
    let export = try BinaryRunner.run(["export", "messages", "--db", db])
    #expect(export.status == 0, "export: \(export.stderr)")
    return try export.stdout.split(separator: "\n").map {
      try JSONDecoder().decode(LoggedMessage.self, from: Data($0.utf8))
    }
  }

  /// Expects `stderr` to be one line that names the file `path` and says `words`.
  static func expectOneLineError(
    _ stderr: String, naming path: String, saying words: String, _ name: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let lines = stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(name): \(stderr)", sourceLocation: sourceLocation)
    #expect(stderr.contains(path), "\(name): \(stderr)", sourceLocation: sourceLocation)
    #expect(
      stderr.lowercased().contains(words), "\(name): \(stderr)", sourceLocation: sourceLocation)
  }
}

/// Runs the binary where the database file is read-only to it: `chmod 0444` for a normal user;
/// as root (which writes any file) the file and its folder are given to `nobody` and the binary
/// runs as `nobody` through `setpriv`.
struct ReadOnlyRunner {
  static let setpriv = "/usr/bin/setpriv"
  static let nobody: UInt32 = 65_534
  static let asNobody = [
    "--reuid", String(nobody), "--regid", String(nobody), "--clear-groups", "--",
  ]

  /// Whether a read-only file can be made for the binary here.
  static var available: Bool {
    if getuid() != 0 { return true }
    guard FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
    // `nobody` must reach the binary and the catalog (not so for a checkout under /root).
    let status = try? ChildProcess.run(
      setpriv,
      asNobody + [
        "/usr/bin/test", "-x", RepositoryPaths.binary, "-a", "-r",
        RepositoryPaths.intents + "/faq.yml",
      ], timeout: 30)
    return status == 0
  }

  let folder: TemporaryFolder

  /// Makes `database` (in `folder`) read-only to the binary; the folder stays writable, as a
  /// user's own folder is.
  init(folder: TemporaryFolder, database: String) throws {
    self.folder = folder
    if getuid() == 0 {
      for path in [folder.path, database, database + "-wal", database + "-shm"] {
        chown(path, Self.nobody, Self.nobody)
      }
    }
    chmod(database, 0o444)
  }

  /// What a run printed and how it ended.
  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// Runs `switchboard ARGUMENTS` with `stdin`, at most 60 seconds.
  func run(_ arguments: [String], stdin: String = "") throws -> Result {
    var environment = FaultTests.environment
    environment["SWITCHBOARD_CACHE"] = folder.file("cache")
    let paths = (
      input: folder.file("ro.in"), output: folder.file("ro.out"), error: folder.file("ro.err")
    )
    _ = FileManager.default.createFile(atPath: paths.input, contents: Data(stdin.utf8))
    let (program, prefix) =
      getuid() == 0
      ? (Self.setpriv, Self.asNobody + [RepositoryPaths.binary]) : (RepositoryPaths.binary, [])
    let status = try ChildProcess.run(
      program, prefix + arguments, environment: environment, input: .file(paths.input),
      output: .file(paths.output), error: .file(paths.error), timeout: 60)
    return Result(
      stdout: FaultTests.text(paths.output), stderr: FaultTests.text(paths.error), status: status)
  }
}

/// A small seeded generator of bytes (SplitMix64), so garbage files repeat from run to run.
struct SeededBytes {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt8 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return UInt8(truncatingIfNeeded: z ^ (z >> 31))
  }
}
