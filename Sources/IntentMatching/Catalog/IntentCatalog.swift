/// A whole intent catalog: intents, settings, synonyms, entities and out-of-scope examples.
public struct IntentCatalog: Sendable, Equatable {
  /// The intents in file order.
  public var intents: [IntentDefinition] {
    didSet { positions = Self.positions(of: intents) }
  }
  /// Each intent's position in `intents` (the first, for a name given twice): a turn looks its
  /// intent up by name two or three times.
  private var positions: [String: Int]
  /// Threshold and margin for the out-of-scope decision.
  public var settings: CatalogSettings
  /// Canonical word → variants that count as it.
  public var synonyms: [String: [String]]
  /// Declared slot extractors (built-in ones are always present).
  public var entities: [EntityDefinition]
  /// Utterances that belong to no intent.
  public var outOfScopeExamples: [Example]

  /// Creates a catalog.
  public init(
    intents: [IntentDefinition], settings: CatalogSettings = CatalogSettings(),
    synonyms: [String: [String]] = [:], entities: [EntityDefinition] = [],
    outOfScopeExamples: [Example] = []
  ) {
    self.intents = intents
    self.positions = Self.positions(of: intents)
    self.settings = settings
    self.synonyms = synonyms
    self.entities = entities
    self.outOfScopeExamples = outOfScopeExamples
  }

  /// The intent with that name, if any.
  public func intent(named name: String) -> IntentDefinition? {
    positions[name].map { intents[$0] }
  }

  private static func positions(of intents: [IntentDefinition]) -> [String: Int] {
    Dictionary(
      intents.enumerated().map { ($0.element.name, $0.offset) },
      uniquingKeysWith: { first, _ in first })
  }
}

/// Settings of the out-of-scope decision.
public struct CatalogSettings: Sendable, Equatable {
  /// Confidence under which the answer is `oos`.
  public var threshold: Double
  /// Minimum gap between the first two intents' confidences; `0` disables it.
  public var margin: Double
  /// The word-vector table whose meanings the matcher adds to its features (`word_vectors:`, a
  /// path relative to the file that holds `settings:`); nil for none.
  public var wordVectors: WordVectors?

  /// Creates settings.
  public init(threshold: Double = 0.3, margin: Double = 0, wordVectors: WordVectors? = nil) {
    self.threshold = threshold
    self.margin = margin
    self.wordVectors = wordVectors
  }
}

/// A slot extractor declared in an intent file.
public struct EntityDefinition: Sendable, Equatable {
  /// How the entity is recognised.
  public enum Recogniser: Sendable, Equatable {
    /// A regular expression; the whole match is the value.
    case pattern(String)
    /// A lookup list of values.
    case values([String])
  }

  /// The slot name.
  public var name: String
  /// How it is recognised.
  public var recogniser: Recogniser
  /// Where it was declared.
  public var location: SourceLocation

  /// Creates an entity definition.
  public init(name: String, recogniser: Recogniser, location: SourceLocation) {
    self.name = name
    self.recogniser = recogniser
    self.location = location
  }
}
