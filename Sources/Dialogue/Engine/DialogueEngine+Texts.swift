import IntentMatching

/// The engine's texts: the line's language, FAQ answers, slot questions and the fallback.
extension DialogueEngine {

  /// The line's language; a line of only numbers and ids (`1002`, `C-1001`) keeps the previous
  /// turn's language.
  static func language(of text: String, after previous: Language?) -> Language {
    let detected = Language.detect(text)
    guard detected == .english, let previous else { return detected }
    return hasWord(text) ? detected : previous
  }

  /// Whether `text` has a word that is neither an id (up to three letters, dashes, digits:
  /// `C-1001`, `INV2001`, `1002`) nor an email address; one pass, no allocation.
  static func hasWord(_ text: String) -> Bool {
    var word = WordShape()
    for character in text {
      let isLetter = character.isLetter
      let isNumber = character.isNumber
      guard isLetter || isNumber || character == "-" || character == "@" || character == "."
      else {
        if word.isWord { return true }
        word = WordShape()
        continue
      }
      word.add(character, isLetter: isLetter, isNumber: isNumber)
    }
    return word.isWord
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
    guard let capabilities = fallbackIntent.flatMap(catalog.intent(named:)) else {
      return opening + " " + SystemPhrases.tryHelp(language)
    }
    return opening + (language == .japanese ? "" : " ") + answer(for: capabilities, language)
  }
}

/// What ``DialogueEngine/hasWord(_:)`` remembers of the word being read.
private struct WordShape {
  /// Letters before anything else.
  private var leadingLetters = 0
  /// 0: in the leading letters; 1: in the dashes after them; 2: in the rest.
  private var phase = 0
  private var restIsEmpty = true
  private var restIsNumbers = true
  private var hasLetter = false
  private var hasAt = false
  private var isEmpty = true

  mutating func add(_ character: Character, isLetter: Bool, isNumber: Bool) {
    isEmpty = false
    if isLetter { hasLetter = true }
    if character == "@" { hasAt = true }
    if phase == 0 {
      if isLetter {
        leadingLetters += 1
        return
      }
      phase = 1
    }
    if phase == 1 {
      if character == "-" { return }
      phase = 2
    }
    restIsEmpty = false
    if !isNumber { restIsNumbers = false }
  }

  /// A real word: not empty, has a letter, no `@`, and is not an id.
  var isWord: Bool {
    let isID = leadingLetters <= 3 && !restIsEmpty && restIsNumbers
    return !isEmpty && !isID && !hasAt && hasLetter
  }
}
