extension Array where Element == UInt8 {
  /// Whether `needle` occurs in the bytes (a plain scan: the strings are short).
  func contains(subsequence needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= count else { return false }
    let first = needle[0]
    for start in 0...(count - needle.count) where self[start] == first {
      var offset = 1
      while offset < needle.count && self[start + offset] == needle[offset] { offset += 1 }
      if offset == needle.count { return true }
    }
    return false
  }
}
