import Testing

@testable import IntentMatching

/// `contains(subsequence:)` answers the same through `memmem` (contiguous bytes) and through the
/// plain scan (any other collection of bytes).
struct SubsequenceTests {
  @Test func contiguousBytesAreSearched() {
    let line = Array("order 1002 tomorrow".utf8)
    #expect(line.contains(subsequence: Array("1002".utf8)))
    #expect(line.contains(subsequence: Array("tomorrow".utf8)))
    #expect(!line.contains(subsequence: Array("tomorrows".utf8)))
    #expect(!line.contains(subsequence: Array("1003".utf8)))
    #expect(line.contains(subsequence: [UInt8]()))
    #expect(![UInt8]().contains(subsequence: Array("a".utf8)))
    #expect(line[6..<10].contains(subsequence: Array("1002".utf8)))
    #expect(!line[7..<10].contains(subsequence: Array("1002".utf8)))
  }

  @Test func otherCollectionsAreScanned() {
    let bytes = repeatElement(UInt8(7), count: 5)
    #expect(bytes.contains(subsequence: [7, 7]))
    #expect(!bytes.contains(subsequence: [7, 8]))
    #expect(!bytes.contains(subsequence: Array(repeating: 7, count: 6)))
    #expect(Array("日本".utf8).contains(subsequence: repeatElement(UInt8(0xE6), count: 1)))
  }
}
