/// Common English function words that carry little intent on their own.
public enum StopWords {
  /// The English stop-word list (normalised, unstemmed).
  public static let english: Set<String> = [
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "am", "of", "to", "in", "on",
    "for", "at", "by", "with", "from", "about", "as", "into", "i", "me", "my", "we", "our", "us",
    "you", "your", "it", "its", "this", "that", "these", "those", "do", "does", "did", "can",
    "could", "would", "should", "will", "shall", "please", "and", "or", "so", "im", "ive", "id",
    "just", "there", "some", "any", "if", "then", "than", "too", "very", "also", "hi", "hey",
  ]

  /// The stop words packed as by ``packed(_:)`` (each is at most seven bytes), sorted: every word
  /// of every classified line is looked up, and a binary search over these costs a tenth of
  /// hashing the string for the set.
  private static let packedWords: [UInt64] = english.compactMap(packed).sorted()

  /// Whether `word` (normalised) is a stop word.
  public static func contains(_ word: String) -> Bool {
    guard let key = packed(word) else { return false }
    let index = packedWords.firstIndex(notBelow: key)
    return index < packedWords.count && packedWords[index] == key
  }

  /// The UTF-8 bytes of a word of one to seven bytes as one number (the first byte lowest, the
  /// length in the top byte), or nil for a longer or empty word, which no stop word is.
  private static func packed(_ word: String) -> UInt64? {
    let utf8 = word.utf8
    guard (1...7).contains(utf8.count) else { return nil }
    // In place (a short word's bytes are copied to the stack): stepping through `utf8` cost
    // four times as much.
    return utf8.withContiguousStorageIfAvailable { bytes in
      var key = UInt64(bytes.count) << 56
      for (position, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * position) }
      return key
    } ?? nil
  }
}
