/// Training knobs of ``KeywordMatcher``; the defaults are tuned on CLINC150 and Banking77.
public struct MatcherOptions: Sendable, Equatable {
  /// Passes over the training examples (small catalogs get more, up to `maximumEpochs`).
  public var epochs: Int
  /// Upper bound on passes for small catalogs.
  public var maximumEpochs: Int
  /// Initial SGD learning rate (decays linearly to zero).
  public var learningRate: Double
  /// How many times each hand-written keyword is used as a training example (its boost).
  public var keywordRepeats: Int
  /// How many times each out-of-scope example is used.
  public var outOfScopeRepeats: Int
  /// Seed of the training shuffle: the same catalog gives the same matcher on every run.
  public var seed: UInt64
  /// Whether misspelt words are corrected against the training vocabulary.
  public var correctsTypos: Bool
  /// Character n-grams seen in fewer training examples than this are dropped (a smaller, faster
  /// model; 1 keeps them all). Word features are always kept.
  public var minimumFrequency = 2
  /// A training example its intent already wins with this probability skips two epochs
  /// (faster training; values above 1 turn skipping off).
  public var restingProbability = 0.99
  /// Sizes of the character n-grams taken from words.
  public var characterGramSizes: ClosedRange<Int> = 4...4
  /// Weight of a character n-gram relative to a word.
  public var characterWeight: Double = 0.7
  /// Weight of a stop word's unigram relative to other words.
  public var stopWordWeight: Double = 0.5
  /// Scale of the meaning block (the mean of a line's word vectors, when the catalog names a
  /// word-vector table) against the sparse features, which have length 1.
  public var meaningWeight: Double = 2
  /// The learning rate instead of ``learningRate`` when the catalog names a word-vector table:
  /// the block about doubles a sample's squared length, so the same step would overshoot.
  public var meaningLearningRate: Double = 2

  /// Creates options.
  public init(
    epochs: Int = 6, maximumEpochs: Int = 20, learningRate: Double = 4,
    keywordRepeats: Int = 3, outOfScopeRepeats: Int = 1, seed: UInt64 = 42,
    correctsTypos: Bool = true
  ) {
    self.epochs = epochs
    self.maximumEpochs = maximumEpochs
    self.learningRate = learningRate
    self.keywordRepeats = keywordRepeats
    self.outOfScopeRepeats = outOfScopeRepeats
    self.seed = seed
    self.correctsTypos = correctsTypos
  }

  /// The minimum document frequency of a kept feature for `documentCount` training documents.
  func minimumDocumentFrequency(forDocuments documentCount: Int) -> Int {
    minimumFrequency
  }

  /// The number of passes for `sampleCount` training samples: at least `epochs`, and enough
  /// steps (about 60,000) for small catalogs, at most `maximumEpochs`.
  func epochs(forSamples sampleCount: Int) -> Int {
    max(epochs, min(maximumEpochs, 60_000 / max(1, sampleCount)))
  }
}
