/// A run of text of one script kind, in a normalised utterance.
public struct Token: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// How the token is split further.
  public enum Kind: Sendable, Equatable, Hashable {
    /// A word of a spaced script (Latin letters, digits).
    case word
    /// A run of unspaced script (kana, kanji, ...), split into character n-grams.
    case japanese
  }

  /// The token's text (normalised).
  public var text: String
  /// Its kind.
  public var kind: Kind

  /// Creates a token.
  public init(_ text: String, _ kind: Kind) {
    self.text = text
    self.kind = kind
  }

  /// The text, with a `ja:` prefix for unspaced runs.
  public var description: String { kind == .word ? text : "ja:" + text }

  /// Whether the token is all ASCII digits.
  public var isNumber: Bool { kind == .word && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
}

/// Splits normalised text into words (spaced scripts) and unspaced runs (Japanese), so that mixed
/// lines such as `p 1002の在庫` give `p`, `1002`, `の在庫`.
public enum Tokenizer {
  /// The tokens of `normalized` (the output of ``TextNormalizer/normalize(_:)``).
  public static func tokenize(_ normalized: String) -> [Token] {
    var tokens: [Token] = []
    if let words = asciiWords(normalized) { return words }
    for bytes in normalized.utf8.split(separator: 32) {
      let chunk = String(decoding: bytes, as: UTF8.self)
      if bytes.allSatisfy({ $0 < 0x80 }) {
        tokens.append(Token(chunk, .word))
        continue
      }
      var current = String.UnicodeScalarView()
      var currentKind: Token.Kind?
      for scalar in chunk.unicodeScalars {
        let kind: Token.Kind = isSpacedScript(scalar) ? .word : .japanese
        if kind != currentKind, let currentKind, !current.isEmpty {
          tokens.append(Token(String(current), currentKind))
          current = String.UnicodeScalarView()
        }
        currentKind = kind
        current.append(scalar)
      }
      if let currentKind, !current.isEmpty { tokens.append(Token(String(current), currentKind)) }
    }
    return tokens
  }

  /// The words of an all-ASCII `text`, or nil when it holds other characters. Read from the
  /// UTF-8 bytes in place: `split` first built an array of slices, and this path serves almost
  /// every English line.
  private static func asciiWords(_ text: String) -> [Token]? {
    var text = text
    return text.withUTF8 { bytes -> [Token]? in
      var spaces = 0
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte == 32 { spaces += 1 }
      }
      var tokens: [Token] = []
      tokens.reserveCapacity(spaces + 1)
      var start = 0
      for position in 0...bytes.count where position == bytes.count || bytes[position] == 32 {
        if position > start {
          let word = UnsafeBufferPointer(rebasing: bytes[start..<position])
          tokens.append(Token(String(decoding: word, as: UTF8.self), .word))
        }
        start = position + 1
      }
      return tokens
    }
  }

  /// Scripts written with spaces between words: Latin (with accents), Greek, Cyrillic, digits.
  static func isSpacedScript(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x0530
  }

  /// Normalises and tokenises `text`.
  public static func tokens(of text: String) -> [Token] {
    tokenize(TextNormalizer.normalize(text))
  }
}
