import Foundation
import TestSupport
import Testing

/// On a PostgreSQL server a session's role is capped by what its login is granted
/// (`db grant` / `db revoke`, admin); on SQLite the file's permissions are the boundary.
@Suite(.serialized) struct LoginCapTests {
  static let server = PostgresTests.server

  /// A migrated database on the test server and a new login that may use its tables; the
  /// owner's address, the login's address and the login's name.
  private func databaseWithClerk(_ server: String) throws -> (
    owner: String, clerk: String, login: String
  ) {
    let owner = try Psql.newDatabase(on: server)
    #expect(try BinaryRunner.run(["--db", owner], stdin: "").status == 0)  // create and seed
    let login = "clerk_" + UUID().uuidString.prefix(8).lowercased()
    _ = try Psql.query(
      owner,
      """
      CREATE ROLE \(login) LOGIN;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(login);
      GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \(login)
      """)
    return (owner, Psql.address(owner, user: login), login)
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func aLoginGrantedAgentCannotTakeHRAndCanTakeAgent() throws {
    let (owner, clerk, login) = try databaseWithClerk(try #require(Self.server))
    // Nothing granted yet: refused, told to ask for a grant.
    let ungranted = try BinaryRunner.run(["--db", clerk], stdin: "hello\n")
    #expect(ungranted.status == 2)
    #expect(ungranted.stdout.isEmpty)
    #expect(ungranted.stderr.split(separator: "\n").count == 1)
    #expect(ungranted.stderr.contains("db grant \(login)"), "\(ungranted.stderr)")

    let granted = try BinaryRunner.run([
      "db", "grant", login, "agent", "--db", owner, "--role", "admin",
    ])
    #expect(granted.status == 0, "\(granted.stderr)")
    #expect(granted.stdout == "\(login): agent\n")

    let hr = try BinaryRunner.run(
      ["--db", clerk, "--role", "hr", "--agent", "kim"], stdin: "hello\n")
    #expect(hr.status == 2)
    #expect(hr.stdout.isEmpty)
    #expect(hr.stderr.split(separator: "\n").count == 1)
    #expect(hr.stderr.contains("may not take the hr role (granted: agent)"), "\(hr.stderr)")
    #expect(
      try Psql.query(
        owner,
        """
        SELECT actor, role, allowed FROM audit_log WHERE action = 'login.role'
        AND target = '\(login)' ORDER BY id
        """) == "-|agent|0\nkim|hr|0")
    // Every door that opens the store with a role is capped alike.
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let imports = folder.file("imports")
    try FileManager.default.createDirectory(atPath: imports, withIntermediateDirectories: true)
    try "".write(toFile: imports + "/customers.jsonl", atomically: true, encoding: .utf8)
    for arguments in [
      ["ask", "hello", "--role", "hr"], ["export", "employees", "--role", "hr"],
      ["simulate", "--sessions", "1", "--role", "admin"],
      ["test", RepositoryPaths.root + "/Tests/Transcripts/backoffice_staff.chat"],
      ["import", "--all", imports, "--role", "admin"], ["report", "--role", "admin"],
      ["db", "forget", "C-1002", "--role", "admin"],
      ["db", "prune", "--before", "2026-01-01", "--role", "admin"],
      ["db", "copy", "--from", clerk, "--to", folder.file("copy.sqlite"), "--role", "admin"],
    ] {
      let door = try BinaryRunner.run(arguments + ["--db", clerk])
      #expect(door.status == 2, "\(arguments): \(door.stderr)")
      #expect(door.stderr.contains("may not take the"), "\(arguments): \(door.stderr)")
    }

    let agent = try BinaryRunner.run(["--db", clerk, "--role", "agent"], stdin: "hello\n")
    #expect(agent.status == 0, "\(agent.stderr)")
    #expect(!agent.stdout.isEmpty)
    let ask = try BinaryRunner.run(["ask", "where is order 1002?", "--db", clerk])
    #expect(ask.status == 0, "\(ask.stderr)")
  }

  @Test(.enabled(if: server != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func onlyAnAdminGrantsAndRevokes() throws {
    let (owner, clerk, login) = try databaseWithClerk(try #require(Self.server))
    // The owner without --role admin is an agent session: refused.
    let asAgent = try BinaryRunner.run(["db", "grant", login, "hr", "--db", owner])
    #expect(asAgent.status == 2)
    #expect(asAgent.stderr == "switchboard: db grant: needs the admin role; this is agent\n")
    #expect(
      try BinaryRunner.run(["db", "grant", login, "agent", "--db", owner, "--role", "admin"]).status
        == 0)
    // A login granted agent can neither take admin nor grant as agent.
    for role in ["admin", "agent"] {
      let grant = try BinaryRunner.run(["db", "grant", login, "hr", "--db", clerk, "--role", role])
      #expect(grant.status == 2, "\(role): \(grant.stderr)")
      #expect(grant.stderr.split(separator: "\n").count == 1)
      let revoke = try BinaryRunner.run(["db", "revoke", login, "--db", clerk, "--role", role])
      #expect(revoke.status == 2, "\(role): \(revoke.stderr)")
    }
    #expect(
      try Psql.query(owner, "SELECT role FROM switchboard_logins WHERE login = '\(login)'")
        == "agent")
    #expect(
      try Psql.query(
        owner, "SELECT COUNT(*) FROM audit_log WHERE action = 'login.grant' AND allowed = 0") != "0"
    )

    let unknown = try BinaryRunner.run([
      "db", "grant", "nobody_here", "agent", "--db", owner, "--role", "admin",
    ])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("no login 'nobody_here'"))

    let revoked = try BinaryRunner.run(["db", "revoke", login, "--db", owner, "--role", "admin"])
    #expect(revoked.status == 0, "\(revoked.stderr)")
    #expect(revoked.stdout == "\(login): no Switchboard role\n")
    #expect(try BinaryRunner.run(["--db", clerk], stdin: "hello\n").status == 2)
  }

  @Test func onSQLiteThereAreNoLoginsToGrant() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["db", "grant", "clerk", "agent", "--db", folder.file("x.sqlite"), "--role", "admin"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("file's permissions") || result.stderr.contains("permissions"))
  }
}
