import Foundation
import Yams

/// What one intent file contributes to the catalog.
struct CatalogFragment {
  var settings: (CatalogSettings, SourceLocation)?
  var intents: [IntentDefinition] = []
  var synonyms: [(canonical: String, variants: [String])] = []
  var entities: [EntityDefinition] = []
  var outOfScope: [Example] = []
}

/// Parses one intent file into a ``CatalogFragment``.
struct CatalogFileParser {
  static let topLevelKeys: Set<String> = [
    "settings", "intents", "synonyms", "entities", "out_of_scope",
  ]
  static let intentKeys: Set<String> = [
    "name", "description", "keywords", "examples", "answers", "handler", "slots", "prompts",
  ]
  static let settingsKeys: Set<String> = ["threshold", "margin", "languages", "word_vectors"]
  static let entityKeys: Set<String> = ["name", "pattern", "values", "description"]

  let file: YAMLFile

  /// Parses `text`, the content of `file`.
  func parse(_ text: String) throws(CatalogError) -> CatalogFragment {
    var fragment = CatalogFragment()
    guard let root = try file.compose(text) else { return fragment }
    if file.kind(of: root) == "nothing" { return fragment }
    let mapping = try file.mapping(root, "the top-level keys")
    for entry in try file.entries(mapping, allowed: Self.topLevelKeys) {
      switch entry.key {
      case "settings":
        fragment.settings = (try settings(entry.value), file.location(of: entry.keyNode))
      case "intents":
        for item in try file.sequence(entry.value, "'intents'") {
          fragment.intents.append(try intent(item))
        }
      case "synonyms":
        let synonyms = try file.mapping(entry.value, "'synonyms'")
        for synonym in try file.entries(synonyms, allowed: nil) {
          let variants = try file.strings(synonym.value, "the variants of '\(synonym.key)'")
          fragment.synonyms.append((synonym.key, variants.map(\.0)))
        }
      case "entities":
        for item in try file.sequence(entry.value, "'entities'") {
          fragment.entities.append(try entity(item))
        }
      default:
        for example in try file.localizedTexts(entry.value, "'out_of_scope'") {
          fragment.outOfScope.append(
            Example(text: example.text, language: example.language, location: example.location))
        }
      }
    }
    return fragment
  }

  private func settings(_ node: Node) throws(CatalogError) -> CatalogSettings {
    var settings = CatalogSettings()
    for entry in try file.entries(try file.mapping(node, "'settings'"), allowed: Self.settingsKeys)
    {
      switch entry.key {
      case "threshold": settings.threshold = try fraction(entry.value, "threshold")
      case "margin": settings.margin = try fraction(entry.value, "margin")
      case "word_vectors": settings.wordVectors = try wordVectors(entry.value)
      default: _ = try file.strings(entry.value, "'languages'")
      }
    }
    return settings
  }

  /// The table named by `node`, a path relative to this file's folder, opened and checked.
  private func wordVectors(_ node: Node) throws(CatalogError) -> WordVectors {
    let written = try file.string(node, "word_vectors")
    let folder = (file.path as NSString).deletingLastPathComponent
    let path = written.hasPrefix("/") || folder.isEmpty ? written : folder + "/" + written
    do {
      return try WordVectors(path: path)
    } catch {
      throw file.error("word_vectors: \(error)", at: node)
    }
  }

  private func fraction(_ node: Node, _ name: String) throws(CatalogError) -> Double {
    let raw = (try? file.string(node, name)) ?? ""
    guard case .scalar = node, let value = Double(raw), value >= 0, value <= 1 else {
      throw file.error("\(name) must be a number between 0 and 1, found '\(raw)'", at: node)
    }
    return value
  }

  private func intent(_ node: Node) throws(CatalogError) -> IntentDefinition {
    let mapping = try file.mapping(node, "an intent")
    let location = file.location(of: node)
    var name: String?
    var definition = IntentDefinition(name: "", examples: [], location: location)
    for entry in try file.entries(mapping, allowed: Self.intentKeys) {
      switch entry.key {
      case "name":
        let value = try file.string(entry.value, "'name'")
        guard value.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
        else {
          throw file.error("invalid intent name '\(value)' (use a-z, 0-9 and _)", at: entry.value)
        }
        name = value
      case "description": definition.description = try file.string(entry.value, "'description'")
      case "keywords":
        definition.keywords = try file.localizedTexts(entry.value, "'keywords'").map {
          Keyword(text: $0.text, language: $0.language, location: $0.location)
        }
      case "examples":
        definition.examples = try file.localizedTexts(entry.value, "'examples'").map {
          Example(text: $0.text, language: $0.language, location: $0.location)
        }
      case "answers": definition.answers = try answers(entry.value)
      case "handler": definition.handler = try file.string(entry.value, "'handler'")
      case "slots": definition.slots = try file.strings(entry.value, "'slots'").map(\.0)
      default: definition.prompts = try prompts(entry.value)
      }
    }
    guard let name else { throw file.error("intent without a 'name'", at: node) }
    definition.name = name
    if definition.examples.isEmpty {
      throw file.error("intent '\(name)' has no examples", at: node)
    }
    return definition
  }

  private func answers(_ node: Node) throws(CatalogError) -> [Language: [String]] {
    var result: [Language: [String]] = [:]
    if case .mapping(let mapping) = node {
      for entry in try file.entries(mapping, allowed: nil) {
        let language = try file.language(entry.key, at: entry.keyNode)
        result[language, default: []] += try file.strings(entry.value, "'answers'").map(\.0)
      }
    } else {
      for (text, _) in try file.strings(node, "'answers'") {
        result[Language.detect(text), default: []].append(text)
      }
    }
    return result
  }

  private func prompts(_ node: Node) throws(CatalogError) -> [String: [Language: String]] {
    var result: [String: [Language: String]] = [:]
    for slot in try file.entries(try file.mapping(node, "'prompts'"), allowed: nil) {
      if case .mapping(let perLanguage) = slot.value {
        for entry in try file.entries(perLanguage, allowed: nil) {
          let language = try file.language(entry.key, at: entry.keyNode)
          result[slot.key, default: [:]][language] = try file.string(entry.value, "a prompt")
        }
      } else {
        let text = try file.string(slot.value, "the prompt of '\(slot.key)'")
        result[slot.key, default: [:]][Language.detect(text)] = text
      }
    }
    return result
  }

  private func entity(_ node: Node) throws(CatalogError) -> EntityDefinition {
    let mapping = try file.mapping(node, "an entity")
    var name: String?
    var recogniser: EntityDefinition.Recogniser?
    for entry in try file.entries(mapping, allowed: Self.entityKeys) {
      switch entry.key {
      case "name": name = try file.string(entry.value, "'name'")
      case "pattern":
        let pattern = try file.string(entry.value, "'pattern'")
        do {
          _ = try NSRegularExpression(pattern: pattern)
        } catch {
          throw file.error("invalid regular expression '\(pattern)'", at: entry.value)
        }
        recogniser = .pattern(pattern)
      case "values":
        recogniser = .values(try file.strings(entry.value, "'values'").map(\.0))
      default: _ = try file.string(entry.value, "'description'")
      }
    }
    guard let name else { throw file.error("entity without a 'name'", at: node) }
    guard let recogniser else {
      throw file.error("entity '\(name)' needs a 'pattern' or 'values'", at: node)
    }
    return EntityDefinition(name: name, recogniser: recogniser, location: file.location(of: node))
  }
}
