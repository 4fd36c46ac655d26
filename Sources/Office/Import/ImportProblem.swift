/// One problem found in an import file, located by line and field.
///
/// Printed as `FILE:LINE:COLUMN: message`: the line the record starts on (1-based, the CSV
/// header is line 1) and the field's position in the record (1-based).
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file, as it was named.
  public var file: String
  /// The 1-based line the record starts on.
  public var line: Int
  /// The 1-based position of the field.
  public var column: Int
  /// What is wrong, in one line.
  public var message: String

  /// A problem at `file:line:column`.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `orders.csv:9:4: expected 6 fields, found 3`.
  public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A problem with a record before it has a file: the field's position and the message.
package struct FieldProblem: Error, Equatable {
  /// The 1-based position of the field.
  package var column: Int
  /// What is wrong.
  package var message: String

  package init(column: Int, message: String) {
    self.column = column
    self.message = message
  }
}
