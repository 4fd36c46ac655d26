/// A problem that stops loading an intent file.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
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

  /// The refusal of a catalog folder that holds no intents (every line would be out of scope),
  /// located at the folder.
  public static func noIntents(in directory: String) -> CatalogError {
    CatalogError(
      location: SourceLocation(path: directory, line: 1, column: 1),
      message: "the catalog has no intents: every line would be out of scope", sourceLine: nil)
  }

  /// `path:line:column: error: message`, then the line and a caret when known: a long line is
  /// cut around the caret, and control characters are shown as U+FFFD (``SourceExcerpt``).
  public var description: String {
    var text = "\(location): error: " + ControlCharacters.visible(message)
    if let sourceLine {
      text += "\n" + SourceExcerpt(line: sourceLine, column: location.column).rendered
    }
    return text
  }
}

/// A legal but suspicious thing in a catalog.
public struct CatalogWarning: Sendable, Equatable, CustomStringConvertible {
  /// Where it is.
  public var location: SourceLocation
  /// The other place involved, if any.
  public var otherLocation: SourceLocation?
  /// What is suspicious.
  public var message: String

  /// Creates a warning.
  public init(location: SourceLocation, otherLocation: SourceLocation?, message: String) {
    self.location = location
    self.otherLocation = otherLocation
    self.message = message
  }

  /// `path:line:column: warning: message` (and the other place).
  public var description: String {
    var text = "\(location): warning: " + ControlCharacters.visible(message)
    if let otherLocation { text += " (see \(otherLocation))" }
    return text
  }
}
