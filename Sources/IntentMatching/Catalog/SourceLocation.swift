/// A 1-based position in a data file.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// The file path as given to the loader (relative paths stay relative).
  public var path: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int

  /// Creates a location.
  public init(path: String, line: Int, column: Int) {
    self.path = path
    self.line = line
    self.column = column
  }

  /// `path:line:column`.
  public var description: String { "\(path):\(line):\(column)" }
}
