import Console
import Foundation
import TestSupport
import Testing

@Suite struct PipedReaderTests {
  private func items(_ bytes: [UInt8], limit: Int = 100) throws -> [PipedReader.Item] {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("input")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let handle = try #require(FileHandle(forReadingAtPath: path))
    var items: [PipedReader.Item] = []
    PipedReader(handle: handle, limit: limit).forEachLine { items.append($0) }
    return items
  }

  @Test func splitsLinesAndDropsCarriageReturns() throws {
    #expect(
      try items(Array("hi\r\n\nbye".utf8)) == [
        .line("hi", number: 1), .line("", number: 2), .line("bye", number: 3),
      ])
  }

  @Test func replacesInvalidUTF8() throws {
    #expect(try items([0x68, 0xFF, 0x69, 0x0A]) == [.line("h\u{FFFD}i", number: 1)])
  }

  @Test func refusesLinesOverTheLimitAndGoesOn() throws {
    let long = [UInt8](repeating: 0x61, count: 300_000)
    #expect(
      try items(long + [0x0A] + Array("ok\n".utf8)) == [
        .tooLong(bytes: 300_000, number: 1), .line("ok", number: 2),
      ])
  }
}
