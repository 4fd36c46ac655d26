import Office

/// A failure while answering a turn.
public enum DialogueError: Error, CustomStringConvertible {
  /// The conversation log could not be written; the reply was not shown.
  case logging(StoreError)
  /// A handler failed.
  case handler(name: String, message: String)
  /// A line longer than the limit was refused.
  case lineTooLong(length: Int, limit: Int)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .logging(let error): "could not write the conversation log: \(error.message)"
    case .handler(let name, let message): "handler '\(name)' failed: \(message)"
    case .lineTooLong(let length, let limit):
      "line too long (\(length) characters, limit \(limit)); not answered"
    }
  }
}
