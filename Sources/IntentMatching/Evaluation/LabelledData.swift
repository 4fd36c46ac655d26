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
    let rows = try CSVReader.rows(text, path: path)
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

/// A minimal RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and newlines.
enum CSVReader {
  /// The rows of `text` with the line each starts on.
  static func rows(_ text: String, path: String) throws(DataFileError) -> [(
    line: Int, fields: [String]
  )] {
    var rows: [(line: Int, fields: [String])] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var line = 1
    var rowLine = 1
    var fieldStarted = false
    let bytes = Array(text.utf8)
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      fieldStarted = false
    }
    while index < bytes.count {
      let byte = bytes[index]
      if quoted {
        if byte == 34 {
          if index + 1 < bytes.count && bytes[index + 1] == 34 {
            field.append(34)
            index += 1
          } else {
            quoted = false
          }
        } else {
          if byte == 10 { line += 1 }
          field.append(byte)
        }
      } else {
        switch byte {
        case 34 where !fieldStarted && field.isEmpty:
          quoted = true
          fieldStarted = true
        case 44:
          endField()
        case 13:
          break
        case 10:
          endField()
          rows.append((rowLine, fields))
          fields = []
          line += 1
          rowLine = line
        default:
          field.append(byte)
          fieldStarted = true
        }
      }
      index += 1
    }
    if quoted {
      throw DataFileError(path: path, line: rowLine, message: "unterminated quoted field")
    }
    if !field.isEmpty || !fields.isEmpty || fieldStarted {
      endField()
      rows.append((rowLine, fields))
    }
    return rows
  }
}
