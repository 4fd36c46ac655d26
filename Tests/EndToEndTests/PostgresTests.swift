import Foundation
import TestSupport
import Testing

/// The console on a real PostgreSQL server (`SWITCHBOARD_TEST_POSTGRES`, which `make test` sets
/// for the server it starts): created, migrated and seeded on first use, every turn on the
/// server, many consoles at once.
@Suite(.serialized) struct PostgresTests {
  static let server = ProcessInfo.processInfo.environment["SWITCHBOARD_TEST_POSTGRES"]
    .flatMap { $0.isEmpty ? nil : $0 }

  /// `sql`'s result on `url`, through psql (tab-separated, no headers).
  private func psql(_ url: String, _ sql: String) throws -> String {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let output = folder.file("out")
    let status = try ChildProcess.run(
      "/usr/bin/env", ["psql", url, "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-c", sql],
      output: .file(output), error: .file(folder.file("err")), timeout: 60)
    #expect(
      status == 0,
      "psql: \((try? String(contentsOfFile: folder.file("err"), encoding: .utf8)) ?? "")")
    return ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A new, empty database on the test server; its address.
  private func newDatabase(_ server: String) throws -> String {
    let name = "e2e_" + UUID().uuidString.prefix(8).lowercased()
    _ = try psql(server, "CREATE DATABASE \(name)")
    let base = server.prefix { $0 != "?" }
    guard let slash = base.lastIndex(of: "/") else { return server }
    return String(base[..<slash]) + "/" + name
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func aPipedConsoleAnswersAndEveryTurnIsOnTheServer() throws {
    let url = try newDatabase(try #require(Self.server))
    let input = "hi\n営業時間は？\nwhere is my order 1002?\n"
    let result = try BinaryRunner.run(["--db", url], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.split(separator: "\n").count == 3)
    // The same replies as on a new SQLite database.
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let sqlite = try BinaryRunner.run(["--db", folder.file("x.sqlite")], stdin: input)
    #expect(result.stdout == sqlite.stdout)
    #expect(try psql(url, "SELECT COUNT(*) FROM messages") == "6")
    #expect(try psql(url, "SELECT COUNT(*) FROM customers") != "0")
    #expect(try psql(url, "SELECT text FROM messages ORDER BY id LIMIT 1") == "hi")
  }

  /// `test --db postgres://…` runs each file on the server, on a copy of the named database made
  /// for it, and leaves the named database and the server as they were.
  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func transcriptsRunOnTheServerEachOnACopyOfTheNamedDatabase() throws {
    let url = try newDatabase(try #require(Self.server))
    #expect(try BinaryRunner.run(["--db", url], stdin: "hi\n").status == 0)
    // Only the server's copy has this name: a file that sees it ran there.
    _ = try psql(url, "UPDATE customers SET name = 'Ada Server' WHERE id = 1001")
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let chat = """
      @role agent
      > /customer C-1001
      < Ada Server
      > I want to talk to a person
      = human_agent

      """
    for name in ["a.chat", "b.chat", "c.chat"] {
      try chat.write(toFile: folder.file(name), atomically: true, encoding: .utf8)
    }
    let files = ["a.chat", "b.chat", "c.chat"].map(folder.file)
    let result = try BinaryRunner.run(["test", "-j", "2", "--db", url] + files)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix("6 passed, 0 failed\n"), "\(result.stdout)")
    #expect(try psql(url, "SELECT COUNT(*) FROM messages") == "2")
    #expect(try psql(url, "SELECT COUNT(*) FROM tickets WHERE subject LIKE '%person%'") == "0")
    #expect(
      try psql(url, "SELECT COUNT(*) FROM pg_database WHERE datname LIKE '%sbtest%'") == "0")
  }

  /// `report` on a server reads the same figures as on a SQLite file with the same turns.
  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func theReportOnTheServerReadsAsOnSQLite() throws {
    let url = try newDatabase(try #require(Self.server))
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let sqlite = folder.file("x.sqlite")
    let simulate = ["simulate", "--sessions", "60", "--seed", "4", "--novel", "0.5"]
    for db in [url, sqlite] {
      #expect(try BinaryRunner.run(simulate + ["--db", db]).status == 0)
      let piped = try BinaryRunner.run(
        ["--db", db, "--agent", "mia"],
        stdin: "hi\nwhat is the meaning of life\n営業時間は？\nI want to talk to a person\n")
      #expect(piped.status == 0, "\(piped.stderr)")
    }
    for options in [[], ["--channel", "simulated"]] {
      let onServer = try BinaryRunner.run(["report", "--db", url] + options)
      let onFile = try BinaryRunner.run(["report", "--db", sqlite] + options)
      #expect(onServer.status == 0, "\(onServer.stderr)")
      #expect(
        onServer.stdout.contains("what is the meaning of life") == options.isEmpty,
        "\(onServer.stdout)")
      #expect(onServer.stdout == onFile.stdout)
    }
    let page = folder.file("report.html")
    let html = try BinaryRunner.run(["report", "--db", url, "--html", page])
    #expect(html.status == 0, "\(html.stderr)")
    #expect(FileManager.default.fileExists(atPath: page))
  }

  /// `db forget` and `db prune` (admin) on a server, as on SQLite.
  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func forgetAndPruneWorkOnTheServer() throws {
    let url = try newDatabase(try #require(Self.server))
    let piped = try BinaryRunner.run(
      ["--db", url, "--as", "C-1002"], stdin: "my email is secret.mail@example.net\nyes\n")
    #expect(piped.status == 0, "\(piped.stderr)")
    let refused = try BinaryRunner.run(["db", "forget", "C-1002", "--role", "agent", "--db", url])
    #expect(refused.status == 2)
    let forgot = try BinaryRunner.run(["db", "forget", "C-1002", "--role", "admin", "--db", url])
    #expect(forgot.status == 0, "\(forgot.stderr)")
    #expect(forgot.stdout.hasPrefix("Forgot C-1002:"), "\(forgot.stdout)")
    #expect(try psql(url, "SELECT name FROM customers WHERE id = 1002") == "(forgotten)")
    #expect(try psql(url, "SELECT COUNT(*) FROM messages WHERE text LIKE '%secret.mail%'") == "0")
    #expect(
      try psql(url, "SELECT COUNT(*) FROM audit_log WHERE action = 'customer.forget'") == "1")

    let pruned = try BinaryRunner.run(
      ["db", "prune", "--before", "2999-01-01", "--role", "admin", "--db", url])
    #expect(pruned.status == 0, "\(pruned.stderr)")
    #expect(try psql(url, "SELECT COUNT(*) FROM messages") == "0")
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func theEnvironmentSelectsTheServerAsDbDoes() throws {
    let url = try newDatabase(try #require(Self.server))
    let result = try BinaryRunner.run(
      [], stdin: "what are your opening hours?\n", environment: ["SWITCHBOARD_DB": url])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Monday"))
    #expect(try psql(url, "SELECT COUNT(*) FROM messages") == "2")
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func eightConsolesAtOnceLogEveryTurn() throws {
    let url = try newDatabase(try #require(Self.server))
    #expect(try BinaryRunner.run(["--db", url], stdin: "").status == 0)  // create and seed
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let lines = ["hello", "what are your opening hours?", "where is my order 1002?", "thanks"]
    let input = folder.file("in")
    try (0..<1_000).map { lines[$0 % lines.count] + "\n" }.joined()
      .write(toFile: input, atomically: true, encoding: .utf8)
    let consoles = try (0..<8).map { number in
      try ChildProcess.start(
        RepositoryPaths.binary, ["--db", url], input: .file(input),
        output: .file(folder.file("out\(number)")), error: .file(folder.file("err\(number)")))
    }
    for (number, console) in consoles.enumerated() {
      let status = try console.wait(timeout: 300)
      let errors = (try? String(contentsOfFile: folder.file("err\(number)"), encoding: .utf8)) ?? ""
      #expect(status == 0, "console \(number): \(errors)")
      let replies =
        (try? String(contentsOfFile: folder.file("out\(number)"), encoding: .utf8)) ?? ""
      #expect(replies.split(separator: "\n").count == 1_000)
    }
    #expect(try psql(url, "SELECT COUNT(*) FROM messages WHERE speaker != 'bot'") == "8000")
    #expect(try psql(url, "SELECT COUNT(DISTINCT conversation_id) FROM messages") == "8")
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func theDemoCompanyExportsAlikeFromBothBackends() throws {
    let url = try newDatabase(try #require(Self.server))
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let sqlite = folder.file("x.sqlite")
    for entity in [
      "customers", "orders", "invoices", "products", "tickets", "employees", "contracts",
    ] {
      for format in ["jsonl", "csv"] {
        let server = try BinaryRunner.run(
          ["export", entity, "--format", format, "--db", url, "--role", "admin"])
        let file = try BinaryRunner.run(
          ["export", entity, "--format", format, "--db", sqlite, "--role", "admin"])
        #expect(server.status == 0, "\(entity): \(server.stderr)")
        #expect(!server.stdout.isEmpty)
        #expect(server.stdout == file.stdout, "\(entity) \(format)")
      }
    }
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func simulateGivesTheSameFiguresOnBothBackends() throws {
    let url = try newDatabase(try #require(Self.server))
    let folder = TemporaryFolder()
    defer { folder.remove() }
    func figures(_ db: String) throws -> NSDictionary {
      let result = try BinaryRunner.run(
        ["simulate", "--sessions", "300", "--seed", "5", "--json", "--db", db])
      #expect(result.status == 0, "\(result.stderr)")
      let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
      let all = try #require(object as? [String: Any])
      return NSDictionary(dictionary: all.filter { !$0.key.lowercased().contains("latency") })
    }
    let server = try figures(url)
    #expect(server.count > 3)
    #expect(server == (try figures(folder.file("x.sqlite"))))
  }

  @Test func anUnreachableServerIsOneLineAndANonZeroExitAtOnce() throws {
    let start = Date()
    let result = try BinaryRunner.run(
      ["--db", "postgres://nobody:secret@127.0.0.1:1/none"], stdin: "hello\n")
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("127.0.0.1:1"))
    #expect(!result.stderr.contains("secret"))
    #expect(Date().timeIntervalSince(start) < 30)
  }

  @Test func anIncompleteServerAddressNamesWhatIsMissing() throws {
    let result = try BinaryRunner.run(["--db", "postgres://127.0.0.1/"], stdin: "hello\n")
    #expect(result.status != 0)
    #expect(result.stderr.contains("postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"))
  }
}
