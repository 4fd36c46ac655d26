extension RandomAccessCollection where Element == UInt8, Index == Int {
  /// Whether `needle` occurs in the bytes (a plain scan: the strings are short).
  func contains<Needle: RandomAccessCollection>(subsequence needle: Needle) -> Bool
  where Needle.Element == UInt8, Needle.Index == Int {
    guard let first = needle.first else { return true }
    guard needle.count <= count else { return false }
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
}
