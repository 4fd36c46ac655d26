/// One feature of an utterance before weighting: its name in the feature space, its kind weight
/// and how the text that produced it was reached.
struct RawFeature {
  /// `w:stem` (word), `b:stem stem` (word pair), `c:<abc` (character n-gram of a word),
  /// `j:在庫` (Japanese character n-gram).
  var name: String
  /// The kind's weight (character n-grams count less than words).
  var scale: Float
  /// Exact, typo or synonym.
  var origin: Explanation.Feature.Origin
}

/// Turns an utterance into features: stemmed word unigrams (stop words left out) and bigrams,
/// character 3–5-grams of words, character 1–3-grams of Japanese runs.
struct FeatureExtractor: Sendable {
  /// Weight of character n-grams relative to words.
  static let characterScale: Float = 0.5
  /// The feature name standing for any number.
  static let numberWord = "#"

  let synonyms: SynonymMapper
  var typos: TypoCorrector?

  /// The features of `text`; misspelt words are corrected when a corrector is set.
  func features(of text: String) -> [RawFeature] {
    let normalized = TextNormalizer.normalize(text)
    var tokens = Tokenizer.tokenize(normalized)
    if tokens.isEmpty { return [] }
    var origins = [Explanation.Feature.Origin](repeating: .exact, count: tokens.count)
    if !synonyms.isEmpty {
      let mapped = synonyms.apply(tokens)
      tokens = mapped.map(\.token)
      origins = mapped.map { $0.hit.map { .synonym(typed: $0.typed) } ?? .exact }
    }
    if let typos {
      for position in tokens.indices where tokens[position].kind == .word {
        if let fixed = typos.correction(for: tokens[position].text) {
          origins[position] = .typo(typed: tokens[position].text)
          tokens[position] = Token(fixed, .word)
        }
      }
    }
    var result: [RawFeature] = []
    result.reserveCapacity(tokens.count * 12)
    var previousStem: String?
    for (position, token) in tokens.enumerated() {
      let origin = origins[position]
      guard token.kind == .word else {
        previousStem = nil
        appendJapanese(token.text, origin: origin, to: &result)
        continue
      }
      let stem = token.isNumber ? Self.numberWord : PorterStemmer.stem(token.text)
      if !StopWords.contains(token.text) {
        result.append(RawFeature(name: "w:" + stem, scale: 1, origin: origin))
      }
      if let previousStem {
        result.append(RawFeature(name: "b:" + previousStem + " " + stem, scale: 1, origin: origin))
      }
      previousStem = stem
      if !token.isNumber { appendCharacterGrams(token.text, origin: origin, to: &result) }
    }
    return result
  }

  private func appendCharacterGrams(
    _ word: String, origin: Explanation.Feature.Origin, to result: inout [RawFeature]
  ) {
    let characters = ["<"] + word.map { String($0) } + [">"]
    for size in 3...5 where characters.count >= size {
      for start in 0...(characters.count - size) {
        let gram = characters[start..<(start + size)].joined()
        result.append(RawFeature(name: "c:" + gram, scale: Self.characterScale, origin: origin))
      }
    }
  }

  private func appendJapanese(
    _ run: String, origin: Explanation.Feature.Origin, to result: inout [RawFeature]
  ) {
    let characters = run.map { String($0) }
    for (position, character) in characters.enumerated() {
      if !isKana(character) {
        result.append(RawFeature(name: "j:" + character, scale: 1, origin: origin))
      }
      if position + 1 < characters.count {
        result.append(
          RawFeature(name: "j:" + character + characters[position + 1], scale: 1, origin: origin))
      }
      if position + 2 < characters.count {
        let gram = character + characters[position + 1] + characters[position + 2]
        result.append(RawFeature(name: "j:" + gram, scale: 1, origin: origin))
      }
    }
  }

  private func isKana(_ character: String) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return (0x3040...0x309F).contains(scalar.value)
  }
}
