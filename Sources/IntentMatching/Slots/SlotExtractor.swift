import Foundation

/// Extracts slots from an utterance: the built-in entities (`order_id`, `invoice_id`,
/// `product_id`, `customer_id`, `email`, `phone`, `date`, `amount`, `quantity`) and the catalog's
/// declared entities (a pattern or a list of values). Declared entities win over built-ins of the
/// same name.
public struct SlotExtractor: Sendable {
  private let declared: [(name: String, recogniser: DeclaredRecogniser)]
  private let today: CalendarDay?

  private enum DeclaredRecogniser {
    case pattern(Pattern, PatternRequirements)
    case values([(normalized: String, value: String)])
  }

  /// Builds an extractor for `entities`; `today` resolves relative dates.
  public init(entities: [EntityDefinition] = [], today: CalendarDay? = nil) {
    self.today = today
    declared = entities.compactMap { entity in
      switch entity.recogniser {
      case .pattern(let pattern):
        guard let compiled = try? Pattern(validating: pattern) else { return nil }
        return (entity.name, .pattern(compiled, PatternRequirements(pattern: pattern)))
      case .values(let values):
        let normalized = values.map { (TextNormalizer.normalize($0), $0) }.sorted {
          $0.0.count > $1.0.count
        }
        return (entity.name, .values(normalized))
      }
    }
  }

  /// The slots found in `text`, by slot name.
  public func extract(_ text: String) -> [String: String] {
    extract(compatible: TextNormalizer.compatibilityForm(text))
  }

  /// The slots found in `folded`, already in compatibility form (NFKC: full-width digits are
  /// ASCII).
  func extract(compatible folded: String) -> [String: String] {
    var slots = BuiltInSlots.extract(folded, today: today)
    var bytes: [UInt8]?
    for (name, recogniser) in declared {
      switch recogniser {
      case .pattern(let pattern, let requirements):
        // Most lines lack what the expression needs (`E-` and a digit, say): it is not run.
        if bytes == nil { bytes = Array(folded.utf8) }
        guard requirements.mayMatch(bytes ?? []) else { continue }
        if let match = pattern.matches(in: folded).first {
          slots[name] = String(folded[match.range])
        }
      case .values(let values):
        let words = Array((" " + TextNormalizer.normalize(compatible: folded) + " ").utf8)
        for (normalized, value) in values where !normalized.isEmpty {
          let ascii = normalized.utf8.allSatisfy { $0 < 0x80 }
          if words.contains(subsequence: Array((ascii ? " \(normalized) " : normalized).utf8)) {
            slots[name] = value
            break
          }
        }
      }
    }
    return slots
  }
}
