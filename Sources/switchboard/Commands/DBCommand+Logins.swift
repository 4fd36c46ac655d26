import ArgumentParser
import Foundation
import Office
import OfficePostgres

extension DBCommand {
  /// The server of `global`'s `--db` for a command that changes its logins' roles (`command`):
  /// exits with status 2 unless it is a PostgreSQL server, the login may take the session's role
  /// and that role is admin (refusals audited).
  static func loginServer(_ global: GlobalOptions, command: String) throws -> PostgresStore {
    let principal = Principal(
      role: global.effectiveRole, customerID: global.customer, agent: global.agent)
    let server: PostgresStore
    do {
      // Granting is no first use: a new database is migrated, not seeded with the demo company.
      guard let url = try PostgresURL.parse(global.databasePath) else {
        throw StandardError.fail(
          "\(command): logins belong to a PostgreSQL server (--db postgres://...); a SQLite"
            + " file has none, its file permissions decide who may use it", code: 2)
      }
      server = try PostgresStore(url: url, seedDemo: false)
    } catch let error as StoreError {
      throw StandardError.fail(error)
    }
    try LoginCap.check(server, principal)
    guard principal.role == .admin else {
      do {
        try server.appendAudit(
          audit(principal, command, target: "", allowed: false, "role may not"))
      } catch {
        throw StandardError.fail(error)
      }
      throw StandardError.fail(
        "\(command): needs the admin role; this is \(principal.role.rawValue)", code: 2)
    }
    return server
  }

  /// The audit entry of a change of a login's roles by `principal`.
  static func audit(
    _ principal: Principal, _ command: String, target: String, allowed: Bool, _ detail: String
  ) -> AuditEntry {
    AuditEntry(
      at: Date(), actor: principal.auditName, role: principal.role,
      action: command == "db grant" ? "login.grant" : "login.revoke", target: target,
      allowed: allowed, detail: detail, customerID: principal.customerID)
  }

  /// `clerk: agent, hr`, or that the login has no role left.
  static func rolesLine(_ login: String, _ roles: [Role]) -> String {
    roles.isEmpty
      ? "\(login): no Switchboard role"
      : "\(login): " + roles.map(\.rawValue).joined(separator: ", ")
  }

  /// `switchboard db grant LOGIN ROLE...` (admin, PostgreSQL).
  struct Grant: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "grant",
      abstract: "Let a server login take these roles (admin; PostgreSQL).",
      discussion: """
        On a PostgreSQL server a session's --role must be granted to the login it connects as \
        (the address's user); admin lets it take every role. A login with no role at all may \
        take every role when it owns the database (superuser or owner), none otherwise. Prints \
        the login's roles after. On SQLite the file's permissions are the boundary.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The server login (CREATE ROLE ... LOGIN).")
    var login: String

    @Argument(help: "Roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
    var roles: [Role]

    func run() throws {
      let server = try DBCommand.loginServer(global, command: "db grant")
      let principal = Principal(
        role: global.effectiveRole, customerID: global.customer, agent: global.agent)
      do {
        guard try server.loginExists(login) else {
          throw StandardError.fail(
            "db grant: the server has no login '\(login)' (CREATE ROLE \(login) LOGIN first)",
            code: 2)
        }
        let after = try server.grant(
          roles, to: login,
          audit: DBCommand.audit(
            principal, "db grant", target: login, allowed: true,
            roles.map(\.rawValue).joined(separator: ", ")))
        print(DBCommand.rolesLine(login, after))
      } catch let error as StoreError {
        throw StandardError.fail(error)
      }
    }
  }

  /// `switchboard db revoke LOGIN [ROLE...]` (admin, PostgreSQL).
  struct Revoke: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "revoke",
      abstract: "Take roles from a server login, every role without ROLE (admin; PostgreSQL).",
      discussion: "Prints the login's roles after.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The server login.")
    var login: String

    @Argument(help: "Roles to take; none: every role.")
    var roles: [Role] = []

    func run() throws {
      let server = try DBCommand.loginServer(global, command: "db revoke")
      let principal = Principal(
        role: global.effectiveRole, customerID: global.customer, agent: global.agent)
      do {
        let after = try server.revoke(
          roles.isEmpty ? nil : roles, from: login,
          audit: DBCommand.audit(
            principal, "db revoke", target: login, allowed: true,
            roles.isEmpty ? "every role" : roles.map(\.rawValue).joined(separator: ", ")))
        print(DBCommand.rolesLine(login, after))
      } catch {
        throw StandardError.fail(error)
      }
    }
  }
}
