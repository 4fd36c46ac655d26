import Foundation
import Office
import TestSupport
import Testing

/// Every role against the doors that name a record outside the dialogue's intents: slash
/// commands, `db forget`, and the password reset's account name. Where a role may not see a
/// record, "someone else's record" and "a record that does not exist" read alike, word for word.
@Suite struct DoorMatrixTests {
  /// How a role fares at a door.
  enum Expected: Sendable {
    /// The existing record is reached; the missing one is reported missing.
    case reaches
    /// Both read the same (a refusal, or a not-found).
    case alike
  }

  /// One door, with `{ID}` where the record is named.
  struct Door: Sendable, CustomTestStringConvertible {
    var name: String
    /// A console line (piped), or nil for a command line.
    var line: String?
    /// Command-line arguments, when not a console line.
    var arguments: [String] = []
    /// The record of someone else that exists, and one that does not.
    var existing = "C-1002"
    var missing = "C-99999"
    /// Roles that reach the record; every other role gets `alike`.
    var reaching: Set<String>
    var testDescription: String { name }
  }

  static let roles = ["customer", "agent", "finance", "hr", "it", "legal", "admin"]

  static let doors: [Door] = [
    Door(name: "/as", line: "/as {ID}", reaching: ["agent", "finance", "legal", "admin"]),
    Door(name: "/customer", line: "/customer {ID}", reaching: ["agent", "admin"]),
    Door(
      name: "password reset", line: "I need a password reset\n{ID}", existing: "jking",
      missing: "nobody", reaching: ["it", "admin"]),
    Door(name: "db forget", arguments: ["db", "forget", "{ID}"], reaching: ["admin"]),
  ]

  static func session(_ role: String) -> [String] {
    role == "customer" ? ["--as", "C-1001"] : ["--role", role]
  }

  /// What the door printed for `record` (stdout, stderr and the status), with the record's name
  /// and any ticket number taken out.
  static func run(_ door: Door, _ record: String, role: String, db: String) throws -> String {
    let result: BinaryResult
    if let line = door.line {
      let input = line.replacingOccurrences(of: "{ID}", with: record) + "\n"
      result = try BinaryRunner.run(Self.session(role) + ["--db", db], stdin: input)
    } else {
      let arguments = door.arguments.map { $0.replacingOccurrences(of: "{ID}", with: record) }
      result = try BinaryRunner.run(arguments + Self.session(role) + ["--db", db])
    }
    return (result.stdout + result.stderr + "exit \(result.status)")
      .replacingOccurrences(of: record, with: "{ID}")
      .replacingOccurrences(of: #"T-\d+"#, with: "T-#", options: .regularExpression)
  }

  @Test(arguments: doors, roles)
  func someoneElsesRecordAndAMissingOneReadAlikeUnlessTheRoleMaySee(door: Door, role: String)
    throws
  {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    // The password reset asks whose account only in a staff session.
    if door.name == "password reset" && role == "customer" { return }
    let db = folder.file("x.sqlite")
    let missing = try Self.run(door, door.missing, role: role, db: db)
    let existing = try Self.run(door, door.existing, role: role, db: db)
    if door.reaching.contains(role) {
      #expect(existing != missing, "\(door.name) × \(role): \(existing)")
    } else {
      #expect(existing == missing, "\(door.name) × \(role)")
    }
  }

  @Test(arguments: roles)
  func saveAndPruneAndReseedAreForTheirRolesOnly(role: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let path = folder.file("s.chat")
    let save = try BinaryRunner.run(
      Self.session(role) + ["--db", db], stdin: "hi\n/save \(path)\n")
    #expect(FileManager.default.fileExists(atPath: path) == (role != "customer"), "\(save.stdout)")
    let prune = try BinaryRunner.run(
      ["db", "prune", "--before", "2026-01-01", "--db", db] + Self.session(role))
    #expect(prune.status == (role == "admin" ? 0 : 2), "\(role): \(prune.stderr)")
    // Replacing every record of a database with data is a change of every record.
    let reseed = try BinaryRunner.run(
      ["db", "seed-demo", "--force", "--db", db] + Self.session(role))
    #expect(reseed.status == (role == "admin" ? 0 : 2), "\(role): \(reseed.stderr)")
  }

  @Test func asReadsThroughTheAuditedGate() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let result = try BinaryRunner.run(
      ["--role", "hr", "--db", db], stdin: "/as C-1002\n")
    // A refused command is an error: piped, errors go to stderr.
    #expect(result.stderr == "/as needs the agent or finance or legal role; this session is hr.\n")
    let agent = try BinaryRunner.run(
      ["--agent", "ana", "--db", db], stdin: "/as C-1002\n/as C-1003\n")
    #expect(agent.stdout.contains("Now speaking as C-1003"), "\(agent.stdout)")
    let log = try SQLiteStore(path: db).auditLog(limit: 50)
    let reads = log.filter { $0.action == "customer.read" && $0.actor == "ana" }
    #expect(reads.map(\.target) == ["C-1002", "C-1003"])
    #expect(reads.allSatisfy { $0.role == .agent && $0.allowed })
    #expect(log.contains { $0.action == "customer.read" && $0.role == .hr && !$0.allowed })
  }
}
