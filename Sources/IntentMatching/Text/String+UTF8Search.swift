extension StringProtocol {
  /// Whether `needle` occurs in the text, compared as UTF-8 bytes.
  ///
  /// With Foundation imported, `contains(_:)` with a string goes through NSString and a Unicode
  /// normalisation of the whole line; the slot checks that call this look for fixed words such as
  /// `日` or `月`, where bytes are enough and cost a fraction of that.
  public func containsUTF8(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    let found = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard pattern.count <= bytes.count else { return false }
      for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
        var offset = 1
        while offset < pattern.count && bytes[start + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return true }
      }
      return false
    }
    return found ?? Array(utf8).contains(subsequence: pattern)
  }
}
