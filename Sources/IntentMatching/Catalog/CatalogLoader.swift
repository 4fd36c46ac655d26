// TEMPORARY STUB: the IntentMatching owner replaces this file with the real YAML loader.

/// Reads an intent catalog folder.
public enum CatalogLoader {
  /// Loads every intent file of `directory` (except `rules.yml`) into one catalog.
  public static func load(directory: String) throws(CatalogError) -> LoadedCatalog {
    throw CatalogError(
      location: SourceLocation(path: directory, line: 1, column: 1), message: "not implemented",
      sourceLine: nil)
  }
}

/// A loaded catalog and the warnings found while loading it.
public struct LoadedCatalog: Sendable {
  /// The catalog.
  public var catalog: IntentCatalog
  /// Legal but suspicious things, with their locations.
  public var warnings: [CatalogWarning]

  /// Creates a loaded catalog.
  public init(catalog: IntentCatalog, warnings: [CatalogWarning]) {
    self.catalog = catalog
    self.warnings = warnings
  }
}

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

  /// `path:line:column: error: message`, then the line and a caret when known.
  public var description: String {
    var text = "\(location): error: \(message)"
    if let sourceLine {
      text += "\n\(sourceLine)\n" + String(repeating: " ", count: max(0, location.column - 1)) + "^"
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
    var text = "\(location): warning: \(message)"
    if let otherLocation { text += " (see \(otherLocation))" }
    return text
  }
}
