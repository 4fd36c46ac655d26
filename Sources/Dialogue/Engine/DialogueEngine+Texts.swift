import IntentMatching

/// The engine's texts: the line's language, FAQ answers, slot questions and the fallback.
extension DialogueEngine {

  /// The line's language; a line of only numbers and ids (`1002`, `C-1001`) keeps the previous
  /// turn's language.
  static func language(of text: String, after previous: Language?) -> Language {
    let detected = Language.detect(text)
    guard detected == .english, let previous else { return detected }
    let words = text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "@" || $0 == ".") }
    let hasWord = words.contains { word in
      let letters = word.prefix { $0.isLetter }
      let rest = word.dropFirst(letters.count).drop { $0 == "-" }
      let isID = letters.count <= 3 && !rest.isEmpty && rest.allSatisfy(\.isNumber)
      return !isID && !word.contains("@") && word.contains(where: \.isLetter)
    }
    return hasWord ? detected : previous
  }

  func answer(for intent: IntentDefinition, _ language: Language, variant: Int? = nil)
    -> String
  {
    let variants = intent.answers[language] ?? intent.answers.values.first ?? []
    if let variant, variants.indices.contains(variant - 1) { return variants[variant - 1] }
    return variants.first ?? SystemPhrases.noAnswer(intent.name, language)
  }

  func prompt(for slot: String, of intent: IntentDefinition, _ language: Language)
    -> String
  {
    intent.prompts[slot]?[language] ?? intent.prompts[slot]?.values.first
      ?? SystemPhrases.askSlot(slot, language)
  }

  func fallback(_ language: Language) -> String {
    let opening = SystemPhrases.notUnderstood(language)
    guard let capabilities = catalog.intent(named: "capabilities") else {
      return opening + " " + SystemPhrases.tryHelp(language)
    }
    return opening + (language == .japanese ? "" : " ") + answer(for: capabilities, language)
  }
}
