import IntentMatching

/// A problem that stops `rules.yml` from loading, located like intent-file errors.
public struct RuleError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong, in one line.
  public var message: String
  /// The offending source line, shown with a caret under the column.
  public var sourceLine: String?

  /// Creates an error.
  public init(location: SourceLocation, message: String, sourceLine: String?) {
    self.location = location
    self.message = message
    self.sourceLine = sourceLine
  }

  /// `path:line:column: error: message`, then the line and a caret when known.
  public var description: String {
    var text = "\(location): error: \(message)"
    if let sourceLine {
      text += "\n\(sourceLine)\n" + String(repeating: " ", count: max(0, location.column - 1)) + "^"
    }
    return text
  }
}
