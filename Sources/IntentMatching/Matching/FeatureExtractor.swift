/// One feature of an utterance before weighting.
struct FeatureHit {
  /// The hash of the feature's name (see ``FeatureExtractor``).
  var key: UInt64
  /// The kind's weight (character n-grams and stop words count less).
  var scale: Float
  /// The token that produced it (an index into ``ExtractedFeatures/origins``).
  var token: Int32
  /// Whether it is a character n-gram of a word (rare ones are pruned from the vocabulary).
  var isCharacterGram = false
  /// Its index in the trained feature space when already known (a known word's features, see
  /// ``FeatureExtractor/resolve(in:)``); -1 when only `key` is.
  var position: Int32 = -1
}

/// The features of one utterance, with how each token was reached and, on request, feature names.
struct ExtractedFeatures {
  var hits: [FeatureHit] = []
  /// Per token: exact, typo or synonym (only when names were asked for).
  var origins: [Explanation.Feature.Origin] = []
  /// Feature names parallel to `hits` (only when names were asked for).
  var names: [String] = []
  /// The ``WordVectors`` indices of the words, in order (when the extractor has a table).
  var meaning: [Int32] = []
}

/// What one vocabulary word contributes to an utterance's features, worked out once when the
/// vocabulary is known: classifying a known word then hashes nothing but its bigram, and once
/// resolved against the trained feature space (``FeatureExtractor/resolve(in:)``) looks up
/// nothing else either.
struct WordFeatures: Sendable {
  /// The word itself (a lookup by hash checks it).
  var word: String
  /// The word's stem (for the bigrams it takes part in).
  var stem: String
  /// The hash state of a bigram it starts (`b:stem `), to be continued with the next stem.
  var bigramStart: UInt64
  /// Its unigram (hash, and index once resolved) and the unigram's weight (stop words count
  /// less).
  var unigram: KnownFeature
  var scale: Float
  /// Where its character n-grams are in ``FeatureExtractor``'s one array of them, in the order
  /// ``FeatureExtractor`` makes them.
  var characterGrams: Range<Int32>
  /// Its index in the extractor's ``WordVectors``; -1 when it has none.
  var meaning: Int32 = -1
}

/// A feature of a vocabulary word: its hash, and its index in the trained feature space once
/// resolved (-1 until then: it is looked up by hash).
struct KnownFeature: Sendable {
  var key: UInt64
  var position: Int32 = -1
}

/// What one word of a line leaves for the next while its features are worked out.
struct LineState {
  /// The hash state of a bigram the previous word starts (nil after a Japanese run).
  var bigramStart: UInt64?
  /// The previous word's stem, when names are asked for.
  var previousStem = ""
  /// Scratch space for character n-grams, allocated only for a word outside the vocabulary.
  var scalars: [UInt32] = []
}

/// Turns an utterance into features: stemmed word unigrams and bigrams, character n-grams of
/// words, character 1–3-grams of Japanese runs (kana left out of unigrams). Names are `w:stem`,
/// `b:stem stem`, `c:<ab`, `j:在庫`; only their hashes are kept unless names are asked for.
struct FeatureExtractor: Sendable {
  /// The feature name standing for any number.
  static let numberWord = "#"

  let synonyms: SynonymMapper
  var typos: LazyTypoCorrector?
  /// The features of every vocabulary word, so a known word is neither stemmed nor hashed again;
  /// found through the FNV-1a hash of its bytes (see ``knownPosition(_:)``).
  private(set) var words: [WordFeatures] = []
  private(set) var wordIndex = FeatureTable()
  /// The character n-grams of every vocabulary word, one run per word.
  private var characterGrams: [KnownFeature] = []
  /// Weight of character n-grams relative to words.
  let characterScale: Float
  /// Weight of a stop word's unigram.
  let stopWordScale: Float
  /// Sizes of the character n-grams of words.
  let gramSizes: ClosedRange<Int>
  /// The table whose indices ``ExtractedFeatures/meaning`` lists; nil for none.
  let wordVectors: WordVectors?

  init(
    synonyms: SynonymMapper, options: MatcherOptions = MatcherOptions(),
    wordVectors: WordVectors? = nil
  ) {
    self.synonyms = synonyms
    self.wordVectors = wordVectors
    characterScale = Float(options.characterWeight)
    stopWordScale = Float(options.stopWordWeight)
    gramSizes = options.characterGramSizes
  }

  /// The stems remembered so far (for a snapshot).
  var stemCache: [String: String] {
    Dictionary(uniqueKeysWithValues: words.map { ($0.word, $0.stem) })
  }

  /// Where `word`'s features are in ``words``, when it is a vocabulary word. Hashing the bytes
  /// with FNV-1a and comparing one string costs a third of a `Dictionary` lookup, which hashes a
  /// `String` with SipHash; every word of every line is looked up.
  private func knownPosition(_ word: String) -> Int? {
    var word = word
    return word.withUTF8 { bytes in
      var hasher = FeatureHasher()
      hasher.add(bytes: bytes)
      return knownPosition(hash: hasher.value, bytes: bytes)
    }
  }

  /// Takes the stems of a snapshot instead of stemming its vocabulary again.
  mutating func restoreStems(_ cache: [String: String]) {
    rememberFeatures(of: cache)
  }

  /// Remembers the stems and features of `words` so classification does not stem or hash them
  /// again.
  mutating func cacheStems<S: Sequence>(of words: S) where S.Element == String {
    var stems = stemCache
    for word in words where stems[word] == nil { stems[word] = PorterStemmer.stem(word) }
    rememberFeatures(of: stems)
  }

  /// Works out ``WordFeatures`` for every word of `stems` (word → stem).
  private mutating func rememberFeatures(of stems: [String: String]) {
    var scratch = ExtractedFeatures()
    var scalars: [UInt32] = []
    words = []
    words.reserveCapacity(stems.count)
    characterGrams = []
    var index = FeatureTable(capacity: stems.count)
    for (word, stem) in stems {
      var unigram = FeatureHasher(kind: UInt8(ascii: "w"))
      unigram.add(stem)
      scratch.hits.removeAll(keepingCapacity: true)
      appendCharacterGrams(word, token: 0, naming: false, buffer: &scalars, to: &scratch)
      let start = Int32(characterGrams.count)
      characterGrams += scratch.hits.map { KnownFeature(key: $0.key) }
      var key = FeatureHasher()
      key.add(word)
      index.insert(key.value, Int32(words.count))
      words.append(
        WordFeatures(
          word: word, stem: stem, bigramStart: Self.bigramStart(stem),
          unigram: KnownFeature(key: unigram.value),
          scale: StopWords.contains(word) ? stopWordScale : 1,
          characterGrams: start..<Int32(characterGrams.count),
          meaning: wordVectors?.index(of: word) ?? -1))
    }
    wordIndex = index
  }

  /// Looks up every vocabulary word's unigram and character n-grams in the trained `space` once,
  /// so classifying a known word looks up only its bigram: the table is too big for the cache,
  /// and its lookups had cost a line more time than its dot product. Pruned n-grams are left
  /// out, as looking them up would drop them; a unigram the space lacks stays unresolved.
  mutating func resolve(in space: FeatureSpace) {
    var resolved: [KnownFeature] = []
    resolved.reserveCapacity(characterGrams.count)
    for position in words.indices {
      words[position].unigram.position = space.position(of: words[position].unigram.key) ?? -1
      let start = Int32(resolved.count)
      for var gram in characterGrams[Self.range(words[position].characterGrams)] {
        guard let index = space.position(of: gram.key) else { continue }
        gram.position = index
        resolved.append(gram)
      }
      words[position].characterGrams = start..<Int32(resolved.count)
    }
    characterGrams = resolved
  }

  private static func range(_ range: Range<Int32>) -> Range<Int> {
    Int(range.lowerBound)..<Int(range.upperBound)
  }

  /// The features of `text`; misspelt words are corrected when a corrector is set.
  func features(of text: String, naming: Bool = false) -> ExtractedFeatures {
    features(ofCompatible: TextNormalizer.compatibilityForm(text), naming: naming)
  }

  /// The features of `text`, already in compatibility form (see
  /// ``TextNormalizer/compatibilityForm(_:)``). An English line is read from its bytes
  /// (``asciiFeatures(_:)``); the tokens of ``tokenFeatures(ofCompatible:naming:)`` give the same
  /// features for it, and serve every other line and every explanation.
  func features(ofCompatible text: String, naming: Bool = false) -> ExtractedFeatures {
    if !naming, let features = asciiFeatures(text) { return features }
    return tokenFeatures(ofCompatible: text, naming: naming)
  }

  /// The features of `text` (in compatibility form), from its normalised tokens.
  func tokenFeatures(ofCompatible text: String, naming: Bool) -> ExtractedFeatures {
    var tokens = Tokenizer.tokenize(TextNormalizer.normalize(compatible: text))
    var result = ExtractedFeatures()
    if tokens.isEmpty { return result }
    // Origins are for explanations, which ask for names.
    if naming { result.origins = Array(repeating: .exact, count: tokens.count) }
    if !synonyms.isEmpty {
      let mapped = synonyms.apply(tokens)
      tokens = mapped.map(\.token)
      if naming {
        result.origins = mapped.map { $0.hit.map { .synonym(typed: $0.typed) } ?? .exact }
      }
    }
    result.hits.reserveCapacity(tokens.count * 16)
    // One allocation, not one per doubling as the words are appended.
    if wordVectors != nil { result.meaning.reserveCapacity(tokens.count) }
    var line = LineState()
    for (position, token) in tokens.enumerated() {
      guard token.kind == .word else {
        line.bigramStart = nil
        appendJapanese(token.text, token: Int32(position), naming: naming, to: &result)
        continue
      }
      appendWord(
        token, known: knownPosition(token.text), at: position, naming: naming, line: &line,
        to: &result)
    }
    return result
  }

  /// Appends the features of the word `token`, the `position`th token of its line; `known` is
  /// where its features are in ``words`` when it is a vocabulary word.
  func appendWord(
    _ token: Token, known: Int?, at position: Int, naming: Bool, line: inout LineState,
    to result: inout ExtractedFeatures
  ) {
    let index = Int32(position)
    var word = token.text
    var known = known
    // Only a word outside the vocabulary can be a misspelling of one.
    if known == nil, let typos, let fixed = typos.correction(for: word) {
      if naming { result.origins[position] = .typo(typed: word) }
      word = fixed
      known = knownPosition(fixed)
    }
    if !naming, let known {
      appendKnown(known, token: index, line: &line, to: &result)
      return
    }
    if let wordVectors {
      let meaning = known.map { words[$0].meaning } ?? wordVectors.index(of: word) ?? -1
      if meaning >= 0 { result.meaning.append(meaning) }
    }
    // A corrected word is a vocabulary word, never a number.
    let isNumber = word == token.text && token.isNumber
    let stem =
      isNumber ? Self.numberWord : known.map { words[$0].stem } ?? PorterStemmer.stem(word)
    var unigram = FeatureHasher(kind: UInt8(ascii: "w"))
    unigram.add(stem)
    let scale = StopWords.contains(word) ? stopWordScale : 1
    append(unigram.value, scale, index, naming ? "w:" + stem : nil, to: &result)
    if let bigramStart = line.bigramStart {
      let name = naming ? "b:\(line.previousStem) \(stem)" : nil
      append(Self.bigram(bigramStart, stem), 1, index, name, to: &result)
    }
    line.bigramStart = Self.bigramStart(stem)
    if naming { line.previousStem = stem }
    if !isNumber {
      appendCharacterGrams(word, token: index, naming: naming, buffer: &line.scalars, to: &result)
    }
  }

  /// Appends the features of the vocabulary word at `known` in ``words``. They are read where
  /// they are kept (copying them out cost a reference count per string and array, for every
  /// word of every line): unigram, the bigram it ends (looked up by hash), n-grams, in the
  /// order ``appendWord(_:known:at:naming:line:to:)`` works them out for another word.
  func appendKnown(
    _ known: Int, token index: Int32, line: inout LineState, to result: inout ExtractedFeatures
  ) {
    if words[known].meaning >= 0 { result.meaning.append(words[known].meaning) }
    let unigram = words[known].unigram
    result.hits.append(
      FeatureHit(
        key: unigram.key, scale: words[known].scale, token: index, position: unigram.position))
    if let bigramStart = line.bigramStart {
      append(Self.bigram(bigramStart, words[known].stem), 1, index, nil, to: &result)
    }
    let grams = Self.range(words[known].characterGrams)
    characterGrams.withUnsafeBufferPointer { all in
      for gram in all[grams] {
        result.hits.append(
          FeatureHit(
            key: gram.key, scale: characterScale, token: index, isCharacterGram: true,
            position: gram.position))
      }
    }
    line.bigramStart = words[known].bigramStart
  }

  /// The hash state after `b:`, `stem` and a space: the start of every bigram `stem` begins.
  private static func bigramStart(_ stem: String) -> UInt64 {
    var hasher = FeatureHasher(kind: UInt8(ascii: "b"))
    hasher.add(stem)
    hasher.add(32)
    return hasher.value
  }

  /// The hash of the bigram whose first stem gave `start`, ending with `second`.
  private static func bigram(_ start: UInt64, _ second: String) -> UInt64 {
    var hasher = FeatureHasher(continuing: start)
    hasher.add(second)
    return hasher.value
  }

  private func append(
    _ key: UInt64, _ scale: Float, _ token: Int32, _ name: String?,
    to result: inout ExtractedFeatures, isCharacterGram: Bool = false
  ) {
    result.hits.append(
      FeatureHit(key: key, scale: scale, token: token, isCharacterGram: isCharacterGram))
    if let name { result.names.append(name) }
  }

  private func appendCharacterGrams(
    _ word: String, token: Int32, naming: Bool, buffer scalars: inout [UInt32],
    to result: inout ExtractedFeatures
  ) {
    scalars.removeAll(keepingCapacity: true)
    scalars.append(60)
    for scalar in word.unicodeScalars { scalars.append(scalar.value) }
    scalars.append(62)
    for size in gramSizes where scalars.count >= size {
      for start in 0...(scalars.count - size) {
        var hasher = FeatureHasher(kind: UInt8(ascii: "c"))
        for offset in 0..<size { hasher.add(scalar: scalars[start + offset]) }
        let name = naming ? "c:" + Self.text(scalars[start..<(start + size)]) : nil
        append(hasher.value, characterScale, token, name, to: &result, isCharacterGram: true)
      }
    }
  }

  private func appendJapanese(
    _ run: String, token: Int32, naming: Bool, to result: inout ExtractedFeatures
  ) {
    let scalars = run.unicodeScalars.map(\.value)
    for position in scalars.indices {
      for size in 1...3 where position + size <= scalars.count {
        if size == 1 && (0x3040...0x309F).contains(scalars[position]) { continue }
        var hasher = FeatureHasher(kind: UInt8(ascii: "j"))
        for offset in 0..<size { hasher.add(scalar: scalars[position + offset]) }
        let name = naming ? "j:" + Self.text(scalars[position..<(position + size)]) : nil
        append(hasher.value, 1, token, name, to: &result)
      }
    }
  }

  private static func text(_ scalars: ArraySlice<UInt32>) -> String {
    var view = String.UnicodeScalarView()
    for value in scalars { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
    return String(view)
  }
}
