/// The Switchboard roles a database login may take: the cap on a session's `--role` where the
/// database knows who connected (a PostgreSQL server's login; a SQLite file has no logins, its
/// file permissions are the boundary).
///
/// A login with granted roles may take exactly those, and every role when `admin` is one of
/// them (an admin may grant itself any role anyway). A login with none may take every role when
/// it owns the database (the server's superuser or the database's owner), so that a new server
/// can be administered; any other login with none may take no role until an admin grants one.
public struct LoginRoles: Sendable, Equatable {
  /// The login, as the server knows it.
  public var login: String
  /// The roles granted to it, in ``Role`` order.
  public var granted: [Role]
  /// Whether the login owns the database (superuser or owner).
  public var ownsDatabase: Bool

  /// Roles granted to `login`.
  public init(login: String, granted: [Role], ownsDatabase: Bool) {
    self.login = login
    self.granted = Role.allCases.filter(Set(granted).contains)
    self.ownsDatabase = ownsDatabase
  }

  /// Whether a session of this login may take `role`.
  public func allows(_ role: Role) -> Bool {
    if granted.isEmpty { return ownsDatabase }
    return granted.contains(.admin) || granted.contains(role)
  }

  /// Nil when the login may take `role`; otherwise why not, in one line naming the login, the
  /// role and what to do.
  public func refusal(_ role: Role) -> String? {
    guard !allows(role) else { return nil }
    guard !granted.isEmpty else {
      return "the login '\(login)' has no Switchboard role; an admin grants one with"
        + " `switchboard db grant \(login) ROLE...`"
    }
    return "the login '\(login)' may not take the \(role.rawValue) role (granted: "
      + granted.map(\.rawValue).joined(separator: ", ") + ")"
  }
}
