/// One exported field: its snake_case name and how the stored value is written.
package struct ExportColumn: Sendable {
  /// How a stored value becomes an exported one.
  enum Kind: Sendable {
    /// Text as stored.
    case text
    /// An integer id written as a string, with the display prefix if any (`C-1001`, `1001`).
    case id(RecordID?)
    /// An amount in cents written as a decimal number (`12.50`).
    case cents
    /// A number as stored.
    case number
    /// 0/1 written as false/true.
    case bool
    /// A stored moment written as ISO 8601 UTC (`2026-11-01T09:30:00.000Z`).
    case moment
    /// JSON text embedded as JSON (an object in JSON Lines, text in CSV).
    case json
  }

  /// The field name in the export.
  let name: String
  /// The SQL expression selected.
  package let expression: String
  /// How it is written.
  let kind: Kind

  init(_ name: String, _ kind: Kind = .text, sql expression: String? = nil) {
    self.name = name
    self.kind = kind
    self.expression = expression ?? name
  }
}
