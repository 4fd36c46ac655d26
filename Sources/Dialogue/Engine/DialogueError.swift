import Office

/// A failure while answering a turn.
public enum DialogueError: Error, CustomStringConvertible {
  /// The conversation log could not be written; the reply was not shown.
  case logging(StoreError)
  /// A handler failed.
  case handler(name: String, message: String)
  /// A line longer than the limit was refused.
  case lineTooLong(length: Int, limit: Int)
  /// The connection to the database server went; the turn is not in the log. A store that
  /// reconnects does so at its next call.
  case disconnected(StoreError)

  /// The store's failure while logging: ``disconnected(_:)`` when its connection went.
  static func store(_ error: StoreError) -> DialogueError {
    error.kind == .disconnected ? .disconnected(error) : .logging(error)
  }

  /// A handler's failure: ``disconnected(_:)`` when the store's connection went.
  static func handler(_ name: String, _ error: any Error) -> DialogueError {
    if let error = error as? DialogueError { return error }
    if let error = error as? StoreError, error.kind == .disconnected { return .disconnected(error) }
    return .handler(
      name: name, message: (error as? StoreError)?.message ?? String(describing: error))
  }

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .logging(let error): "could not write the conversation log: \(error.message)"
    case .handler(let name, let message): "handler '\(name)' failed: \(message)"
    case .lineTooLong(let length, let limit):
      "line too long (\(length) characters, limit \(limit)); not answered"
    case .disconnected(let error): error.message
    }
  }
}
