/// How many ASCII digits a line holds, counted on its UTF-8 bytes in place: the card-number mask
/// and the phone-number check ask it of every line before running an expression.
enum DigitCount {
  /// The number of `0`...`9` in `text`.
  static func of(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte &- 48 < 10 { count += 1 }
      return count
    }
  }
}
