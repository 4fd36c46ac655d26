/// One intent of the catalog as written in an intent file.
public struct IntentDefinition: Sendable, Equatable {
  /// The unique intent name (`business_hours`).
  public var name: String
  /// A one-line description, shown by `/intents`.
  public var description: String?
  /// Example utterances with their language and where they were written.
  public var examples: [Example]
  /// Hand-written keywords with their language.
  public var keywords: [Keyword]
  /// FAQ answers per language; several answers are variants of one another.
  public var answers: [Language: [String]]
  /// The back-office handler that answers instead of `answers`, if any.
  public var handler: String?
  /// The slots the handler needs, in the order they are asked for.
  public var slots: [String]
  /// The question asked for each missing slot, per language.
  public var prompts: [String: [Language: String]]
  /// Where the intent starts in its file.
  public var location: SourceLocation

  /// Creates an intent definition.
  public init(
    name: String, description: String? = nil, examples: [Example], keywords: [Keyword] = [],
    answers: [Language: [String]] = [:], handler: String? = nil, slots: [String] = [],
    prompts: [String: [Language: String]] = [:], location: SourceLocation
  ) {
    self.name = name
    self.description = description
    self.examples = examples
    self.keywords = keywords
    self.answers = answers
    self.handler = handler
    self.slots = slots
    self.prompts = prompts
    self.location = location
  }
}

/// An example utterance of an intent (or an out-of-scope example).
public struct Example: Sendable, Equatable {
  /// The utterance.
  public var text: String
  /// Its language, given by the file or detected.
  public var language: Language
  /// Where it was written.
  public var location: SourceLocation

  /// Creates an example.
  public init(text: String, language: Language, location: SourceLocation) {
    self.text = text
    self.language = language
    self.location = location
  }
}

/// A hand-written keyword of an intent.
public struct Keyword: Sendable, Equatable {
  /// The keyword as written.
  public var text: String
  /// Its language.
  public var language: Language
  /// Where it was written.
  public var location: SourceLocation

  /// Creates a keyword.
  public init(text: String, language: Language, location: SourceLocation) {
    self.text = text
    self.language = language
    self.location = location
  }
}
