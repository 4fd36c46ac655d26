import CSV
import Foundation

/// One labelled utterance of a CSV data file.
public struct LabelledExample: Sendable, Equatable {
  /// The utterance.
  public var text: String
  /// The expected intent (`oos` for out of scope).
  public var intent: String
  /// The 1-based line of the row in its file.
  public var line: Int
  /// The answer of the `response` column, when the file has one and the row fills it.
  public var response: String?
  /// The Japanese answer of the `response_ja` column, when given.
  public var responseJapanese: String?

  /// Creates an example.
  public init(
    text: String, intent: String, line: Int, response: String? = nil,
    responseJapanese: String? = nil
  ) {
    self.text = text
    self.intent = intent
    self.line = line
    self.response = response
    self.responseJapanese = responseJapanese
  }
}

/// A problem with a labelled data file: missing, unreadable, malformed, or without the columns.
public struct DataFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file as given.
  public var path: String
  /// The 1-based line, when the problem is at one.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, line: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path[:line]: message`.
  public var description: String {
    path + (line.map { ":\($0)" } ?? "") + ": " + message
  }
}

/// Reads CSV files with a header row holding `text` and `intent` columns (RFC 4180 quoting);
/// optional `response` and `response_ja` columns give answers for `intents import`.
public enum LabelledData {
  /// Reads the examples of the CSV file at `path`.
  public static func read(path: String) throws(DataFileError) -> [LabelledExample] {
    guard FileManager.default.fileExists(atPath: path) else {
      throw DataFileError(path: path, message: "no such file")
    }
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw DataFileError(path: path, message: "cannot read the file as UTF-8 text") }
    return try parse(text, path: path)
  }

  /// Parses CSV `text` (named `path` in errors) into examples.
  public static func parse(_ text: String, path: String) throws(DataFileError) -> [LabelledExample]
  {
    let rows = try CSVRows.rows(text, path: path)
    guard let header = rows.first else {
      throw DataFileError(path: path, message: "empty file: expected a header row 'text,intent'")
    }
    let names = header.fields.map { $0.trimmed.lowercased() }
    guard let textColumn = names.firstIndex(of: "text") else {
      throw DataFileError(path: path, line: 1, message: "missing column 'text' in the header row")
    }
    guard let intentColumn = names.firstIndex(of: "intent") else {
      throw DataFileError(path: path, line: 1, message: "missing column 'intent' in the header row")
    }
    let responseColumn = names.firstIndex(of: "response")
    let japaneseColumn = names.firstIndex(of: "response_ja")
    func optional(_ column: Int?, _ fields: [String]) -> String? {
      guard let column, column < fields.count else { return nil }
      let value = fields[column].trimmed
      return value.isEmpty ? nil : value
    }
    var examples: [LabelledExample] = []
    for row in rows.dropFirst() {
      if row.fields.count == 1 && row.fields[0].isEmpty { continue }
      guard row.fields.count > max(textColumn, intentColumn) else {
        throw DataFileError(
          path: path, line: row.line,
          message: "expected \(names.count) fields, found \(row.fields.count)")
      }
      let intent = row.fields[intentColumn].trimmed
      guard !intent.isEmpty else {
        throw DataFileError(path: path, line: row.line, message: "empty intent")
      }
      examples.append(
        LabelledExample(
          text: row.fields[textColumn], intent: intent, line: row.line,
          response: optional(responseColumn, row.fields),
          responseJapanese: optional(japaneseColumn, row.fields)))
    }
    return examples
  }
}

/// The rows of a labelled data file, read by CSV.swift (the reader `import` uses too), with
/// the line each row starts on.
enum CSVRows {
  /// The rows of `text` with the line each starts on.
  static func rows(_ text: String, path: String) throws(DataFileError) -> [(
    line: Int, fields: [String]
  )] {
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    if let line = unterminatedQuote(body) {
      throw DataFileError(path: path, line: line, message: "unterminated quoted field")
    }
    let reader: CSVReader
    do {
      reader = try CSVReader(string: body, hasHeaderRow: false)
    } catch {
      throw DataFileError(path: path, message: "cannot read the file as CSV")
    }
    var rows: [(line: Int, fields: [String])] = []
    var line = 1
    while let fields = reader.next() {
      rows.append((line, fields))
      line += 1 + fields.reduce(0) { $0 + lineBreaks($1) }
    }
    return rows
  }

  /// The line breaks inside a field (CRLF counts once).
  private static func lineBreaks(_ field: String) -> Int {
    var count = 0
    var previous: UInt8 = 0
    for byte in field.utf8 {
      if byte == 0x0A, previous != 0x0D { count += 1 }
      if byte == 0x0D { count += 1 }
      previous = byte
    }
    return count
  }

  /// The line of the row whose quoted field runs to the end of `text`, if any: CSV.swift reads
  /// such a field to the end without a word, so its quoting is followed here the same way (a
  /// quote opens a field only at its start; `""` inside is a quote; a quote then a comma, a line
  /// break or the end closes it).
  private static func unterminatedQuote(_ text: String) -> Int? {
    let bytes = Array(text.utf8)
    var quoted = false
    var atFieldStart = true
    var line = 1
    var rowLine = 1
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : nil
      if quoted {
        if byte == 0x22 {
          if next == nil || next == 0x2C || next == 0x0A || next == 0x0D {
            quoted = false
          } else {
            index += 1  // an escaped quote, or the character after a stray one
          }
        } else if byte == 0x0A || (byte == 0x0D && next != 0x0A) {
          line += 1
        }
      } else {
        switch byte {
        case 0x22 where atFieldStart:
          quoted = true
          atFieldStart = false
        case 0x2C:
          atFieldStart = true
        case 0x0A, 0x0D:
          if byte == 0x0A || next != 0x0A {
            line += 1
            rowLine = line
          }
          atFieldStart = true
        default:
          atFieldStart = false
        }
      }
      index += 1
    }
    return quoted ? rowLine : nil
  }
}
