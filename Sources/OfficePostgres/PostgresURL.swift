import Foundation
import Office

/// A server address as `--db` takes it: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// (`postgresql://` too). Anything else is a SQLite path.
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible {
  /// The login.
  public var user: String
  /// Its password, if the server asks for one.
  public var password: String?
  /// The server's host name or address.
  public var host: String
  /// The server's port (5432 unless given).
  public var port: Int
  /// The database on the server.
  public var database: String

  /// Whether `text` names a PostgreSQL server rather than a SQLite file.
  public static func isServer(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads `text`; nil when it is not a server address, an error naming what is missing when it
  /// is one but incomplete.
  public static func parse(_ text: String) throws(StoreError) -> PostgresURL? {
    guard isServer(text) else { return nil }
    func bad(_ why: String) -> StoreError {
      StoreError(
        .cannotOpen(path: text),
        message:
          "\(Self.redacted(text)): \(why) (expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE)"
      )
    }
    guard let components = URLComponents(string: text) else { throw bad("not a valid address") }
    guard let user = components.user, !user.isEmpty else { throw bad("no user") }
    guard let host = components.host, !host.isEmpty else { throw bad("no host") }
    let database = String(components.path.drop { $0 == "/" })
    guard !database.isEmpty, !database.contains("/") else { throw bad("no database") }
    return PostgresURL(
      user: user.removingPercentEncoding ?? user,
      password: components.password.map { $0.removingPercentEncoding ?? $0 }, host: host,
      port: components.port ?? 5432, database: database)
  }

  /// The address without its password, for messages.
  public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

  /// `text` with a password in it replaced by `***` (any other text as it is), for messages.
  public static func redacted(_ text: String) -> String {
    guard let components = URLComponents(string: text), components.password != nil else {
      return text
    }
    var copy = components
    copy.password = "***"
    return copy.string ?? "postgres://…"
  }
}
