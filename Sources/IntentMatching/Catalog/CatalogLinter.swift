/// Finds legal but suspicious things in a catalog: the same example under two intents, a keyword
/// claimed by several intents, an out-of-scope example that is also an intent example, an entity
/// pattern that repeats a repeating group (exponential on some lines).
public enum CatalogLinter {
  /// The warnings for `catalog`, in file order.
  public static func warnings(for catalog: IntentCatalog) -> [CatalogWarning] {
    var warnings: [CatalogWarning] = []
    var examples: [String: (intent: String, location: SourceLocation)] = [:]
    var keywords: [String: (intent: String, location: SourceLocation)] = [:]
    for intent in catalog.intents {
      for example in intent.examples {
        let key = TextNormalizer.normalize(example.text)
        if let first = examples[key] {
          if first.intent != intent.name {
            warnings.append(
              CatalogWarning(
                location: example.location, otherLocation: first.location,
                message:
                  "example '\(example.text)' of '\(intent.name)' is also an example of '\(first.intent)'"
              ))
          }
        } else {
          examples[key] = (intent.name, example.location)
        }
      }
      for keyword in intent.keywords {
        let key = TextNormalizer.normalize(keyword.text)
        if let first = keywords[key] {
          if first.intent != intent.name {
            warnings.append(
              CatalogWarning(
                location: keyword.location, otherLocation: first.location,
                message:
                  "keyword '\(keyword.text)' of '\(intent.name)' is also claimed by '\(first.intent)'"
              ))
          }
        } else {
          keywords[key] = (intent.name, keyword.location)
        }
      }
    }
    for entity in catalog.entities {
      guard case .pattern(let pattern) = entity.recogniser,
        let group = BoundedPattern.nestedQuantifier(in: pattern)
      else { continue }
      let budget = BoundedPattern.defaultBudgetMilliseconds
      warnings.append(
        CatalogWarning(
          location: entity.location, otherLocation: nil,
          message:
            "pattern of entity '\(entity.name)' repeats a group that repeats inside ('\(group)'): "
            + "some lines take it exponential time (each search stops after \(budget) ms)"))
    }
    for example in catalog.outOfScopeExamples {
      if let first = examples[TextNormalizer.normalize(example.text)] {
        warnings.append(
          CatalogWarning(
            location: example.location, otherLocation: first.location,
            message:
              "out-of-scope example '\(example.text)' is also an example of '\(first.intent)'"
          ))
      }
    }
    return warnings
  }
}
