import Foundation
import Office
import PostgresNIO

/// The server's logins and the Switchboard roles they may take (`switchboard_logins`): what
/// caps a session's `--role` on PostgreSQL (see ``LoginRoles``).
extension PostgresStore {
  /// The login this store connected as (`current_user`) and the roles it may take.
  public func loginRoles() throws(StoreError) -> LoginRoles {
    try read { () throws(StoreError) in
      let row = try rows(
        """
        SELECT r.rolname::text AS login, CASE WHEN r.rolsuper OR d.datdba = r.oid THEN 1 ELSE 0 END::bigint AS owns
        FROM pg_roles r, pg_database d
        WHERE r.rolname = current_user AND d.datname = current_database()
        """)
      guard let first = row.first else {
        throw StoreError(.failed, message: "\(url): the server does not know its own login")
      }
      let login = try Cells(first).text("login")
      return LoginRoles(
        login: login, granted: try grantedRoles(login), ownsDatabase: try Cells(first).bool("owns"))
    }
  }

  /// The roles granted to `login`, in ``Role`` order (empty when none).
  public func grantedRoles(_ login: String) throws(StoreError) -> [Role] {
    let granted = try read { () throws(StoreError) in
      try rows(
        "SELECT role FROM switchboard_logins WHERE login = $1", [PostgresData(string: login)]
      ).map { row throws(StoreError) in try Cells(row).text("role") }
    }
    return Role.allCases.filter { granted.contains($0.rawValue) }
  }

  /// Whether the server has a role named `login` that may log in.
  public func loginExists(_ login: String) throws(StoreError) -> Bool {
    try read { () throws(StoreError) in
      !(try rows(
        "SELECT 1 FROM pg_roles WHERE rolname = $1 AND rolcanlogin",
        [PostgresData(string: login)]
      ).isEmpty)
    }
  }

  /// Grants `roles` to `login` (those it has stay) with `audit`, in one transaction; the
  /// login's roles after.
  public func grant(_ roles: [Role], to login: String, audit: AuditEntry) throws(StoreError)
    -> [Role]
  {
    try write { () throws(StoreError) in
      for role in roles {
        try rows(
          "INSERT INTO switchboard_logins (login, role) VALUES ($1, $2) ON CONFLICT DO NOTHING",
          [PostgresData(string: login), PostgresData(string: role.rawValue)])
      }
      try insert(audit)
    }
    return try grantedRoles(login)
  }

  /// Takes `roles` (every role when nil) from `login` with `audit`, in one transaction; the
  /// login's roles after.
  public func revoke(_ roles: [Role]?, from login: String, audit: AuditEntry) throws(StoreError)
    -> [Role]
  {
    try write { () throws(StoreError) in
      if let roles {
        for role in roles {
          try rows(
            "DELETE FROM switchboard_logins WHERE login = $1 AND role = $2",
            [PostgresData(string: login), PostgresData(string: role.rawValue)])
        }
      } else {
        try rows("DELETE FROM switchboard_logins WHERE login = $1", [PostgresData(string: login)])
      }
      try insert(audit)
    }
    return try grantedRoles(login)
  }
}
