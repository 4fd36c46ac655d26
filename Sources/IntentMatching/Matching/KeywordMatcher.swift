// TEMPORARY STUB: the IntentMatching owner replaces this file with the real matcher.

/// The keyword matcher: trains feature weights from a catalog at load time.
public struct KeywordMatcher: IntentClassifier {
  /// The catalog it was trained on.
  public let catalog: IntentCatalog

  /// Trains on `catalog`; `today` resolves relative dates (`tomorrow`) into `YYYY-MM-DD` slots.
  public init(catalog: IntentCatalog, today: CalendarDay? = nil) {
    self.catalog = catalog
  }

  /// Classifies one utterance.
  public func classify(_ text: String) -> Match {
    Match(intent: Match.outOfScope, confidence: 0, slots: [:], language: Language.detect(text))
  }

  /// Explains the decision for one utterance.
  public func explain(_ text: String, count: Int) -> Explanation {
    Explanation(match: classify(text), candidates: [], threshold: catalog.settings.threshold)
  }
}

/// A calendar day without time or zone, for resolving relative dates.
public struct CalendarDay: Sendable, Equatable, Hashable {
  /// Year, month (1...12) and day (1...31).
  public var year: Int, month: Int, day: Int

  /// Creates a day.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }
}
