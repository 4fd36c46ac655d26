import CSV
import Foundation

/// Reads a CSV file (header row, RFC 4180 quoting, UTF-8, a byte order mark tolerated) a row at
/// a time through CSV.swift's streaming reader, keeping count of the lines each row spans.
package struct CSVRecordReader: RecordReader {
  private let reader: CSVReader
  /// The header's field names.
  package let header: [String]
  private var nextLine: Int
  package private(set) var line = 1
  package private(set) var bytesRead: Int

  /// A reader of the file at `path`; throws when it cannot be opened or has no header row.
  package init(path: String) throws {
    guard let stream = InputStream(fileAtPath: path) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    reader = try CSVReader(stream: stream, hasHeaderRow: false)
    let first = reader.next() ?? []
    var names = first
    if let name = names.first, name.hasPrefix("\u{FEFF}") { names[0] = String(name.dropFirst()) }
    header = names
    bytesRead = Self.size(first)
    nextLine = 1 + Self.lineBreaks(first) + 1
  }

  package mutating func next() throws(FieldProblem) -> SourceRecord? {
    while let row = reader.next() {
      line = nextLine
      nextLine += 1 + Self.lineBreaks(row)
      bytesRead += Self.size(row)
      // A blank line is no record.
      if row.count == 1, row[0].isEmpty { continue }
      return SourceRecord(line: line, names: header, values: row)
    }
    return nil
  }

  /// The line breaks inside a row's fields (CRLF counts once).
  private static func lineBreaks(_ row: [String]) -> Int {
    var count = 0
    for field in row where field.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
      var previous: UInt8 = 0
      for byte in field.utf8 {
        if byte == 0x0A, previous != 0x0D { count += 1 }
        if byte == 0x0D { count += 1 }
        previous = byte
      }
    }
    return count
  }

  /// About how many bytes a row took in the file.
  private static func size(_ row: [String]) -> Int {
    row.reduce(row.count) { $0 + $1.utf8.count }
  }
}
