/// A storage failure, described without the database library's types.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// The database file cannot be opened or created.
    case cannotOpen(path: String)
    /// Another process holds the database for too long.
    case busy
    /// A record that must exist does not.
    case notFound(String)
    /// The database refused the operation.
    case failed
    /// The connection to the database server went (it stopped, or the link dropped): what was
    /// not committed is not in the database. A store that reconnects does so at its next call.
    case disconnected
    /// The database undid the operation to settle a conflict with another session (a deadlock,
    /// a serialization failure); running it again may succeed. Stores retry these themselves.
    case conflict
    /// A contact detail (`field`: `email`, `phone`) that identifies another customer (`owner`).
    case duplicate(field: String, owner: String)
  }

  /// The kind of failure.
  public var kind: Kind
  /// A one-line explanation.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  /// The one-line explanation.
  public var description: String { message }
}
