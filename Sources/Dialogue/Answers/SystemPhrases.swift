import IntentMatching

/// The console's own sentences (not FAQ answers, which live in `intents/`), in both languages.
enum SystemPhrases {
  /// The opening of the out-of-scope reply; the `capabilities` answer follows it.
  static func notUnderstood(_ language: Language) -> String {
    language == .japanese
      ? "すみません、ご質問の内容がわかりませんでした。"
      : "Sorry, I didn't understand that."
  }

  /// Shown when no `capabilities` answer exists in the catalog.
  static func tryHelp(_ language: Language) -> String {
    language == .japanese
      ? "/help でコマンドの一覧を表示します。"
      : "Type /help to see what the console can do."
  }

  /// A generic question for a missing slot without a prompt in the catalog.
  static func askSlot(_ name: String, _ language: Language) -> String {
    let readable = name.replacingOccurrences(of: "_", with: " ")
    return language == .japanese ? "\(readable) を教えてください。" : "What is the \(readable)?"
  }

  /// The answer to a "no" on a confirmation without its own text.
  static func declined(_ language: Language) -> String {
    language == .japanese ? "承知しました。何も変更していません。" : "All right, nothing was changed."
  }

  /// Said when an intent has neither a handler nor an answer in the user's language.
  static func noAnswer(_ intent: String, _ language: Language) -> String {
    language == .japanese
      ? "「\(intent)」についてのご質問と理解しましたが、まだお答えできません。"
      : "I understood a question about \(intent), but I have no answer for it yet."
  }

  /// The reply to a line holding a payment card number, which is masked in the log.
  static func cardNumberMasked(_ language: Language) -> String {
    language == .japanese
      ? "カード番号はチャットに入力しないでください。記録では下4桁以外を伏せました。お支払いについては安全なお支払いページをご利用ください。"
      : "Please don't type card numbers in chat: I've masked it in our records except the last four digits. For payments, use the secure payment page."
  }
}
