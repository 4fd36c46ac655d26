/// The languages the built-in catalog understands and answers in.
public enum Language: String, Sendable, CaseIterable, Codable {
  case english = "en"
  case japanese = "ja"

  /// Japanese when the text holds kana or kanji, English otherwise.
  public static func detect(_ text: String) -> Language {
    // Most lines are ASCII: eight bytes at a time say so without decoding a scalar.
    if TextNormalizer.isASCII(text) { return .english }
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF66...0xFF9F:
        return .japanese
      default:
        continue
      }
    }
    return .english
  }
}
