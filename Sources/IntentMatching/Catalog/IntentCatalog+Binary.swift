import Foundation

/// The catalog in a matcher snapshot: every field, with file paths written once.
extension IntentCatalog {
  func write(to writer: inout BinaryWriter) {
    var paths: [String: Int] = [:]
    var order: [String] = []
    func path(_ location: SourceLocation) -> Int {
      if let index = paths[location.path] { return index }
      paths[location.path] = order.count
      order.append(location.path)
      return order.count - 1
    }
    // Paths first: collect them, then write the table and the catalog that refers to it.
    var body = BinaryWriter()
    func location(_ value: SourceLocation) {
      body.int(path(value))
      body.int(value.line)
      body.int(value.column)
    }
    func texts(_ values: [(text: String, language: Language, location: SourceLocation)]) {
      body.int(values.count)
      for value in values {
        body.string(value.text)
        body.string(value.language.rawValue)
        location(value.location)
      }
    }
    body.double(settings.threshold)
    body.double(settings.margin)
    body.optional(settings.wordVectors?.path)
    body.int(Int(bitPattern: UInt(settings.wordVectors?.identity ?? 0)))
    body.int(intents.count)
    for intent in intents {
      body.string(intent.name)
      body.optional(intent.description)
      texts(intent.examples.map { ($0.text, $0.language, $0.location) })
      texts(intent.keywords.map { ($0.text, $0.language, $0.location) })
      let answers = intent.answers.sorted { $0.key.rawValue < $1.key.rawValue }
      body.int(answers.count)
      for (language, variants) in answers {
        body.string(language.rawValue)
        body.strings(variants)
      }
      body.optional(intent.handler)
      body.strings(intent.slots)
      let prompts = intent.prompts.sorted { $0.key < $1.key }
      body.int(prompts.count)
      for (slot, questions) in prompts {
        body.string(slot)
        let sorted = questions.sorted { $0.key.rawValue < $1.key.rawValue }
        body.int(sorted.count)
        for (language, question) in sorted {
          body.string(language.rawValue)
          body.string(question)
        }
      }
      location(intent.location)
    }
    let synonyms = synonyms.sorted { $0.key < $1.key }
    body.int(synonyms.count)
    for (canonical, variants) in synonyms {
      body.string(canonical)
      body.strings(variants)
    }
    body.int(entities.count)
    for entity in entities {
      body.string(entity.name)
      switch entity.recogniser {
      case .pattern(let pattern):
        body.int(0)
        body.string(pattern)
      case .values(let values):
        body.int(1)
        body.strings(values)
      }
      location(entity.location)
    }
    texts(outOfScopeExamples.map { ($0.text, $0.language, $0.location) })
    writer.strings(order)
    writer.bytes(body.data)
  }

  static func read(from reader: inout BinaryReader) throws -> IntentCatalog {
    let paths = try reader.strings()
    func location() throws -> SourceLocation {
      let index = try reader.int()
      guard paths.indices.contains(index) else { throw BinaryReader.Damaged() }
      return SourceLocation(path: paths[index], line: try reader.int(), column: try reader.int())
    }
    func language() throws -> Language {
      guard let language = Language(rawValue: try reader.string()) else {
        throw BinaryReader.Damaged()
      }
      return language
    }
    func texts() throws -> [(text: String, language: Language, location: SourceLocation)] {
      let count = try reader.count()
      var values: [(text: String, language: Language, location: SourceLocation)] = []
      values.reserveCapacity(count)
      for _ in 0..<count {
        values.append((try reader.string(), try language(), try location()))
      }
      return values
    }
    var settings = CatalogSettings(threshold: try reader.double(), margin: try reader.double())
    let vectorsPath = try reader.optional()
    let vectorsIdentity = UInt64(UInt(bitPattern: try reader.int()))
    if let vectorsPath {
      // The table the matcher was trained with, unchanged since, or the snapshot is not used.
      guard let table = try? WordVectors(path: vectorsPath), table.identity == vectorsIdentity
      else { throw BinaryReader.Damaged() }
      settings.wordVectors = table
    }
    var intents: [IntentDefinition] = []
    for _ in 0..<(try reader.count()) {
      let name = try reader.string()
      let description = try reader.optional()
      let examples = try texts().map { Example(text: $0, language: $1, location: $2) }
      let keywords = try texts().map { Keyword(text: $0, language: $1, location: $2) }
      var answers: [Language: [String]] = [:]
      for _ in 0..<(try reader.count()) { answers[try language()] = try reader.strings() }
      let handler = try reader.optional()
      let slots = try reader.strings()
      var prompts: [String: [Language: String]] = [:]
      for _ in 0..<(try reader.count()) {
        let slot = try reader.string()
        var questions: [Language: String] = [:]
        for _ in 0..<(try reader.count()) { questions[try language()] = try reader.string() }
        prompts[slot] = questions
      }
      intents.append(
        IntentDefinition(
          name: name, description: description, examples: examples, keywords: keywords,
          answers: answers, handler: handler, slots: slots, prompts: prompts,
          location: try location()))
    }
    var synonyms: [String: [String]] = [:]
    for _ in 0..<(try reader.count()) { synonyms[try reader.string()] = try reader.strings() }
    var entities: [EntityDefinition] = []
    for _ in 0..<(try reader.count()) {
      let name = try reader.string()
      let recogniser: EntityDefinition.Recogniser
      switch try reader.int() {
      case 0: recogniser = .pattern(try reader.string())
      case 1: recogniser = .values(try reader.strings())
      default: throw BinaryReader.Damaged()
      }
      entities.append(
        EntityDefinition(name: name, recogniser: recogniser, location: try location()))
    }
    let outOfScope = try texts().map { Example(text: $0, language: $1, location: $2) }
    return IntentCatalog(
      intents: intents, settings: settings, synonyms: synonyms, entities: entities,
      outOfScopeExamples: outOfScope)
  }
}
