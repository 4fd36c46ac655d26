import Testing

@testable import IntentMatching

/// ``TextTraits`` reads eight bytes at a time; every answer must be what a plain reading of the
/// line's bytes gives, at any length and any alignment of the words.
struct TextTraitsTests {
  /// What a byte-by-byte reading of `text` says.
  static func expected(_ text: String) -> (Int, Bool, Bool, Bool) {
    let bytes = Array(text.utf8)
    let lowered = String(decoding: bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    let nonASCII = bytes.contains { $0 >= 0x80 }
    let relative =
      ["today", "tomorrow", "yesterday"].contains { lowered.contains($0) }
      || (nonASCII && text.contains("日"))
    return (bytes.filter { $0 >= 48 && $0 <= 57 }.count, bytes.contains(64), nonASCII, relative)
  }

  static func check(_ text: String) {
    let traits = TextTraits(text)
    let (digits, hasAt, hasNonASCII, relative) = expected(text)
    #expect(traits.digits == digits, "digits of \(text.debugDescription)")
    #expect(traits.hasAt == hasAt, "@ in \(text.debugDescription)")
    #expect(traits.hasNonASCII == hasNonASCII, "non-ASCII in \(text.debugDescription)")
    #expect(traits.mayHaveRelativeWord == relative, "relative word in \(text.debugDescription)")
    #expect(traits.hasHyphen == text.utf8.contains(45), "- in \(text.debugDescription)")
    #expect(traits.hasSlash == text.utf8.contains(47), "/ in \(text.debugDescription)")
  }

  @Test func wordsAtEveryOffsetAndLength() {
    for word in [
      "today", "TOMORROW", "Yesterday", "esterday", "tomorro", "toda", "日", "9", "@", "-", "/",
    ] {
      for before in 0..<10 {
        for after in 0..<10 {
          Self.check(
            String(repeating: "x", count: before) + word + String(repeating: "z", count: after))
        }
      }
    }
  }

  @Test func randomLinesAgreeWithAPlainReading() {
    let pieces = [
      "a", "T", "o", "d", "A", "y", "Y", "w", "m", "r", "e", "s", "0", "7", "9", "/", "-", ":", "@",
      " ",
      "日", "é", "注文", "today", "yes", "terday", "tomor", "row", "\u{7F}", "`", "{", "Ù",
    ]
    var generator = SplitMix64(seed: 7)
    for _ in 0..<3000 {
      let count = Int.random(in: 0...14, using: &generator)
      Self.check((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
  }
}
