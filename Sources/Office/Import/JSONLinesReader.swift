import Foundation

/// Reads a JSON Lines file a chunk at a time: one object per line, blank lines skipped, a UTF-8
/// byte order mark and CRLF line ends tolerated.
package struct JSONLinesReader: RecordReader {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private var nextLine = 1
  package private(set) var line = 0
  package private(set) var bytesRead = 0

  /// A reader of the file at `path`.
  package init(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    self.handle = handle
  }

  package mutating func next() throws(FieldProblem) -> SourceRecord? {
    while let bytes = nextLineBytes() {
      line = nextLine
      nextLine += 1
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      let fields = try JSONLineParser.parse(bytes)
      return SourceRecord(line: line, names: fields.map(\.name), values: fields.map(\.value))
    }
    return nil
  }

  /// The bytes of the next line, without its line break; nil at the end of the file.
  private mutating func nextLineBytes() -> [UInt8]? {
    while true {
      if let end = buffer[start...].firstIndex(of: 0x0A) {
        var bytes = Array(buffer[start..<end])
        start = end + 1
        bytesRead += bytes.count + 1
        if bytes.last == 0x0D { bytes.removeLast() }
        return stripBOM(bytes)
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        var bytes = Array(buffer[start...])
        start = buffer.count
        bytesRead += bytes.count
        if bytes.last == 0x0D { bytes.removeLast() }
        return stripBOM(bytes)
      }
      buffer.removeFirst(start)
      start = 0
      let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
      if let chunk, !chunk.isEmpty {
        buffer.append(contentsOf: chunk)
      } else {
        atEnd = true
        try? handle.close()
      }
    }
  }

  private func stripBOM(_ bytes: [UInt8]) -> [UInt8] {
    guard nextLine == 2, bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return bytes }
    return Array(bytes.dropFirst(3))
  }
}
