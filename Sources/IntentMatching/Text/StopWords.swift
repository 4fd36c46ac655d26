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

  /// Whether `word` (normalised) is a stop word.
  public static func contains(_ word: String) -> Bool { english.contains(word) }
}
