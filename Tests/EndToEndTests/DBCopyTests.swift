import Foundation
import TestSupport
import Testing

/// `switchboard db copy` and import on both backends: every record and both logs go from one
/// database to another, and every export of the two is then the same.
@Suite(.serialized) struct DBCopyTests {
  static let server = ProcessInfo.processInfo.environment["SWITCHBOARD_TEST_POSTGRES"]
    .flatMap { $0.isEmpty ? nil : $0 }
  static let admin = ImportTests.admin

  /// A new, empty database on the test server; its address.
  static func newDatabase(_ server: String) throws -> String {
    let name = "copy_" + UUID().uuidString.prefix(8).lowercased()
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let status = try ChildProcess.run(
      "/usr/bin/env", ["psql", server, "-X", "-q", "-c", "CREATE DATABASE \(name)"],
      output: .file(folder.file("out")), error: .file(folder.file("err")), timeout: 60)
    #expect(status == 0)
    let base = server.prefix { $0 != "?" }
    guard let slash = base.lastIndex(of: "/") else { return server }
    return String(base[..<slash]) + "/" + name
  }

  /// Every entity of `db` exported into a new folder of `folder` as `format`, by file name.
  static func exports(_ db: String, _ folder: TemporaryFolder, _ format: String = "jsonl") throws
    -> [String: String]
  {
    let out = folder.file("export-" + UUID().uuidString.prefix(8))
    try ImportTests.run(["export", "--all", out, "--format", format, "--db", db] + admin)
    return try ImportTests.files(out)
  }

  /// Expects the same exports, the audit log's own traces of exports, copies and imports aside.
  static func expectSame(_ one: [String: String], _ two: [String: String]) {
    #expect(one.count == 18)
    #expect(Set(one.keys) == Set(two.keys))
    for (name, text) in one where !name.hasPrefix("audit.") {
      #expect(two[name] == text, "\(name) differs")
    }
    let traces = ["\"export.", "\"db.copy\"", "\"import.write\"", ",export.", ",db.copy,"]
    func kept(_ text: String?) -> [Substring] {
      (text ?? "").split(separator: "\n").filter { line in
        !traces.contains { line.contains($0) } && !line.contains("import.write")
      }
    }
    #expect(
      kept(one["audit.jsonl"] ?? one["audit.csv"]) == kept(two["audit.jsonl"] ?? two["audit.csv"]))
  }

  @Test func sqliteToSQLiteCopiesEverythingAndRefusesAFullTarget() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let source = try ImportTests.source(folder)
    let target = folder.file("copy.sqlite")
    let copied = try ImportTests.run(["db", "copy", "--from", source, "--to", target] + Self.admin)
    #expect(copied.stdout.contains("customers      200"))
    Self.expectSame(try Self.exports(source, folder), try Self.exports(target, folder))
    let again = try BinaryRunner.run(["db", "copy", "--from", source, "--to", target] + Self.admin)
    #expect(again.status == 2)
    #expect(
      again.stderr
        == "switchboard: db copy: \(target) already holds records (customers); use --force to"
        + " replace them\n")
    try ImportTests.run(["db", "copy", "--from", source, "--to", target, "--force"] + Self.admin)
    Self.expectSame(
      try Self.exports(source, folder, "csv"), try Self.exports(target, folder, "csv"))
  }

  @Test func anAgentMayNotCopy() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let source = try ImportTests.source(folder)
    let result = try BinaryRunner.run(
      ["db", "copy", "--from", source, "--to", folder.file("copy.sqlite"), "--role", "agent"])
    #expect(result.status == 2)
    #expect(result.stderr == "switchboard: db copy: needs the admin role; this is agent\n")
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func sqliteToPostgresAndBackGiveTheSameExports() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let source = try ImportTests.source(folder)
    let server = try Self.newDatabase(try #require(Self.server))
    try ImportTests.run(["db", "copy", "--from", source, "--to", server] + Self.admin)
    let original = try Self.exports(source, folder)
    Self.expectSame(original, try Self.exports(server, folder))
    Self.expectSame(
      try Self.exports(source, folder, "csv"), try Self.exports(server, folder, "csv"))
    let back = folder.file("back.sqlite")
    try ImportTests.run(["db", "copy", "--from", server, "--to", back] + Self.admin)
    Self.expectSame(original, try Self.exports(back, folder))
    // The server goes on numbering after the copied records.
    let turn = try ImportTests.run(["--db", server, "--as", "C-1001"], stdin: "hi\n")
    #expect(!turn.stdout.isEmpty)
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func importIntoAnEmptyPostgresDatabaseIsLossless() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let source = try ImportTests.source(folder)
    for format in ["jsonl", "csv"] {
      let exported = folder.file("exported-" + format)
      try ImportTests.run(
        ["export", "--all", exported, "--format", format, "--db", source] + Self.admin)
      let server = try Self.newDatabase(try #require(Self.server))
      try ImportTests.run(["db", "init", "--empty", "--db", server])
      try ImportTests.run(["import", "--all", exported, "--db", server] + Self.admin)
      Self.expectSame(try ImportTests.files(exported), try Self.exports(server, folder, format))
      let bad = folder.file("orders.jsonl")
      try
        #"{"id":"9001","customer_id":"C-9999","status":"pending","placed_on":"2026-11-02","total":1.00,"currency":"USD"}"#
        .write(toFile: bad, atomically: true, encoding: .utf8)
      let refused = try BinaryRunner.run(["import", "orders", bad, "--db", server] + Self.admin)
      #expect(refused.status == 2)
      #expect(refused.stderr.hasPrefix("\(bad):1:2: no customer C-9999 (customer_id)\n"))
    }
  }
}
