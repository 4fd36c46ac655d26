import Foundation
import Testing

@testable import Office

/// CSV files as other programs write them: a byte order mark, CRLF line ends, quoted fields
/// with commas, quotes and line breaks; each record keeps the line it starts on.
@Suite struct CSVRecordReaderTests {
  @Test func recordsKeepTheLineTheyStartOn() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-\(UUID().uuidString).csv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let text =
      "\u{FEFF}id,note\r\n1,plain\r\n2,\"two\r\nlines, and \"\"quotes\"\"\"\r\n\r\n3,\"a\nb\nc\"\r\n4,last"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    var reader = try CSVRecordReader(path: path)
    #expect(reader.header == ["id", "note"])
    var records: [(Int, [String?])] = []
    while let record = try reader.next() { records.append((record.line, record.values)) }
    #expect(records.map(\.0) == [2, 3, 6, 9])
    #expect(
      records.map(\.1) == [
        ["1", "plain"], ["2", "two\r\nlines, and \"quotes\""], ["3", "a\nb\nc"], ["4", "last"],
      ])
  }
}
