import GRDB

/// Turns exported rows into JSON Lines or CSV lines (RFC 4180 quoting).
package struct ExportWriter {
  /// The fields written.
  let columns: [ExportColumn]
  /// The output format.
  let format: ExportFormat

  /// A writer of `columns` in `format`.
  package init(columns: [ExportColumn], format: ExportFormat) {
    self.columns = columns
    self.format = format
  }

  /// The CSV header line (nil for JSON Lines).
  package var header: String? {
    format == .csv ? columns.map { Self.csvField($0.name) }.joined(separator: ",") : nil
  }

  /// One output line for `row` (selected with the columns' expressions, in order).
  func line(_ row: Row) -> String {
    line(row.databaseValues.map(StoredValue.init))
  }

  /// One record's line, from its values in the order of ``columns``.
  package func line(_ row: [StoredValue]) -> String {
    switch format {
    case .jsonl:
      var fields: [(String, JSONText.Value)] = []
      fields.reserveCapacity(columns.count)
      for (index, column) in columns.enumerated() {
        fields.append((column.name, jsonValue(row[index], column.kind)))
      }
      return JSONText.object(fields)
    case .csv:
      return columns.indices.map { index in
        Self.csvField(text(row[index], columns[index].kind) ?? "")
      }.joined(separator: ",")
    }
  }

  private func jsonValue(_ value: StoredValue, _ kind: ExportColumn.Kind) -> JSONText.Value {
    guard let text = text(value, kind) else { return .null }
    switch kind {
    case .cents, .number: return .number(text)
    case .bool: return .bool(text == "true")
    case .json: return .number(text)  // already JSON: written as is
    case .text, .id, .moment: return .string(text)
    }
  }

  /// The field as text, or nil for NULL.
  private func text(_ value: StoredValue, _ kind: ExportColumn.Kind) -> String? {
    switch value {
    case .null: return nil
    case .integer(let number):
      switch kind {
      case .id(let prefix): return prefix.map { $0.format(number) } ?? String(number)
      case .cents: return Self.decimal(number)
      case .bool: return number != 0 ? "true" : "false"
      default: return String(number)
      }
    case .real(let number): return String(number)
    case .text(let string):
      if case .moment = kind { return Self.iso8601(string) }
      return string
    }
  }

  /// `1250` → `12.50`.
  static func decimal(_ cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    let absolute = cents.magnitude
    let fraction = absolute % 100
    return sign + String(absolute / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
  }

  /// GRDB's `yyyy-MM-dd HH:mm:ss.SSS` (UTC) → `yyyy-MM-ddTHH:mm:ss.SSSZ`.
  static func iso8601(_ stored: String) -> String {
    guard stored.count >= 19 else { return stored }
    return stored.replacingOccurrences(of: " ", with: "T") + "Z"
  }

  /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
