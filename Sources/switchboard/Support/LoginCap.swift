import Dialogue
import Foundation
import Office
import OfficePostgres

/// The cap on a session's role where the database knows who connected: on a PostgreSQL server
/// the login must be granted the role (`db grant`, ``LoginRoles``); a SQLite file has no logins,
/// and its file permissions are the boundary.
enum LoginCap {
  /// Exits with status 2 unless `server`'s login may take `principal`'s role; the refusal is
  /// audited on the server (action `login.role`, the login as target, the role asked for).
  static func check(_ server: PostgresStore, _ principal: Principal) throws {
    do {
      let roles = try server.loginRoles()
      guard let refusal = roles.refusal(principal.role) else { return }
      try server.appendAudit(
        AuditEntry(
          at: Date(), actor: principal.auditName, role: principal.role, action: "login.role",
          target: roles.login, allowed: false, detail: refusal,
          customerID: principal.customerID))
      throw StandardError.fail("\(server.url): \(refusal)", code: 2)
    } catch let error as StoreError {
      throw StandardError.fail(error)
    }
  }

  /// The store `path` names for a session of `principal`: a `postgres://` address is a
  /// PostgreSQL server, opened only when its login may take the principal's role; anything else
  /// a SQLite file (created, migrated and seeded on first use either way).
  static func openStore(_ path: String, for principal: Principal) throws -> any Store {
    do {
      guard let server = try PostgresStore.open(path) else { return try SQLiteStore(path: path) }
      try check(server, principal)
      return server
    } catch let error as StoreError {
      throw StandardError.fail(error)
    }
  }
}

extension LoginCap {
  /// For `switchboard test --db postgres://...`: exits with status 2 unless the server's login
  /// may take every role the transcripts' conversations take (`@role`; customer with `@as`,
  /// else agent). The files run on copies of the demo company, but the door is the same.
  static func checkTranscripts(_ path: String, _ files: [TranscriptFiles.File]) throws {
    let server: PostgresStore
    do {
      // Only the logins are read: a new database is migrated, not seeded.
      guard let url = try PostgresURL.parse(path) else { return }
      server = try PostgresStore(url: url, seedDemo: false)
    } catch {
      throw StandardError.fail(error)
    }
    var roles: [Role] = []
    for file in files {
      // A file that does not parse fails in its own run, with its location.
      guard let transcript = try? TranscriptParser.parse(file.text, path: file.path) else {
        continue
      }
      for conversation in transcript.conversations {
        let role =
          conversation.role.flatMap(Role.init(rawValue:))
          ?? (conversation.customerID == nil ? .agent : .customer)
        if !roles.contains(role) { roles.append(role) }
      }
    }
    for role in Role.allCases where roles.contains(role) {
      try check(server, Principal(role: role, agent: "switchboard test"))
    }
  }
}
