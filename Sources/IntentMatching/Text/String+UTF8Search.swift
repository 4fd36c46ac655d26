extension StringProtocol {
  /// Whether `needle` occurs in the text, compared as UTF-8 bytes.
  ///
  /// With Foundation imported, `contains(_:)` with a string goes through NSString and a Unicode
  /// normalisation of the whole line; the slot checks that call this look for fixed words such as
  /// `日` or `月`, where bytes are enough and cost a fraction of that.
  public func containsUTF8(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    return utf8.withContiguousStorageIfAvailable { $0.contains(subsequence: pattern) }
      ?? Array(utf8).contains(subsequence: pattern)
  }
}
