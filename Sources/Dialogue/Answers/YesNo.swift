import Foundation
import IntentMatching

/// Reads a yes or a no in English or Japanese.
enum YesNo {
  private static let yes: Set<String> = [
    "yes", "y", "yeah", "yep", "sure", "ok", "okay", "please", "please do", "yes please",
    "confirm", "go ahead", "do it", "correct", "right",
    "はい", "ええ", "うん", "お願いします", "おねがいします", "お願い", "はいお願いします", "確定",
    "いいよ", "いいです", "それでお願いします", "そうです",
  ]
  private static let no: Set<String> = [
    "no", "n", "nope", "nah", "no thanks", "no thank you", "don't", "do not", "stop", "never mind",
    "nevermind", "cancel that", "keep it",
    "いいえ", "いや", "やめて", "やめます", "やめる", "結構です", "けっこうです", "いいえ結構です", "キャンセルしない",
    "しないでください", "だめ", "ううん",
  ]

  /// `true` for yes, `false` for no, `nil` when the line is neither.
  static func read(_ line: String) -> Bool? {
    let folded = line.lowercased()
      .trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
      .replacingOccurrences(of: "、", with: "")
      .replacingOccurrences(of: "。", with: "")
    if yes.contains(folded) { return true }
    if no.contains(folded) { return false }
    return nil
  }
}
