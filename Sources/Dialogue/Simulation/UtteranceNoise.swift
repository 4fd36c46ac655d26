import Foundation
import Office

/// Makes a catalog example sound like a real customer: typos, casing, missing punctuation,
/// polite or casual Japanese, mixed scripts.
struct UtteranceNoise {
  /// Returns `text` with some realistic noise, decided by `random`.
  static func apply(_ text: String, japanese: Bool, random: inout SplitMix64) -> String {
    var result = text
    if random.chance(0.4) { result = dropFinalPunctuation(result) }
    if japanese {
      if random.chance(0.3) { result = casual(result) }
      if random.chance(0.15) { result = mixedScript(result) }
      if random.chance(0.1) { result = fullWidthDigits(result) }
    } else {
      if random.chance(0.3) { result = result.lowercased() }
      if random.chance(0.25) { result = typo(result, random: &random) }
      if random.chance(0.05) { result = result.uppercased() }
    }
    return result.isEmpty ? text : result
  }

  private static func dropFinalPunctuation(_ text: String) -> String {
    var copy = text
    while let last = copy.last, "?!.。？！".contains(last) { copy.removeLast() }
    return copy
  }

  /// Swaps two neighbouring letters of one word of five letters or more.
  static func typo(_ text: String, random: inout SplitMix64) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let candidates = words.indices.filter {
      words[$0].count >= 5 && words[$0].allSatisfy(\.isLetter)
    }
    guard !candidates.isEmpty else { return text }
    let index = random.pick(candidates)
    var letters = Array(words[index])
    let position = 1 + random.below(letters.count - 2)
    letters.swapAt(position, position + 1)
    words[index] = String(letters)
    return words.joined(separator: " ")
  }

  private static let casualEndings: [(String, String)] = [
    ("ていただけますか", "て"), ("てください", "て"), ("でしょうか", "の"), ("ますか", "る？"),
    ("ですか", "？"), ("です", ""), ("ください", ""),
  ]

  private static func casual(_ text: String) -> String {
    for (polite, plain) in casualEndings where text.contains(polite) {
      return text.replacingOccurrences(of: polite, with: plain)
    }
    return text
  }

  private static let mixed: [(String, String)] = [
    ("注文", "order"), ("請求書", "invoice"), ("返金", "refund"), ("在庫", "stock"),
    ("パスワード", "password"),
  ]

  private static func mixedScript(_ text: String) -> String {
    for (japanese, english) in mixed where text.contains(japanese) {
      return text.replacingOccurrences(of: japanese, with: english + " ")
    }
    return text
  }

  private static func fullWidthDigits(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          (0x30...0x39).contains(scalar.value)
            ? Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar : scalar
        }))
  }
}
