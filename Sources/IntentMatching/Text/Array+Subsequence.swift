import Foundation

extension RandomAccessCollection where Element == UInt8, Index == Int {
  /// Whether `needle` occurs in the bytes. Bytes held in contiguous memory (arrays, buffers) are
  /// searched with the C library's `memchr` for the first byte and `memcmp` for the rest; the
  /// slot recognisers ask this of every line with a digit, up to twenty times, and the plain scan
  /// below cost them more than their expressions.
  func contains<Needle: RandomAccessCollection>(subsequence needle: Needle) -> Bool
  where Needle.Element == UInt8, Needle.Index == Int {
    guard !needle.isEmpty else { return true }
    guard needle.count <= count else { return false }
    let searched = withContiguousStorageIfAvailable { haystack in
      needle.withContiguousStorageIfAvailable { needle in
        Self.search(haystack, needle)
      }
    }
    if let searched = searched ?? nil { return searched }
    let first = needle[needle.startIndex]
    for start in startIndex...(endIndex - needle.count) where self[start] == first {
      var offset = 1
      while offset < needle.count
        && self[start + offset] == needle[needle.startIndex + offset]
      {
        offset += 1
      }
      if offset == needle.count { return true }
    }
    return false
  }

  /// Whether `needle` (not empty, not longer than `haystack`) occurs in `haystack`.
  private static func search(
    _ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let base = haystack.baseAddress, let wanted = needle.baseAddress else { return false }
    let end = base + (haystack.count - needle.count)
    var start = base
    while start <= end {
      guard let hit = memchr(start, Int32(wanted.pointee), end - start + 1) else { return false }
      let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(candidate, wanted, needle.count) == 0 { return true }
      start = candidate + 1
    }
    return false
  }
}
