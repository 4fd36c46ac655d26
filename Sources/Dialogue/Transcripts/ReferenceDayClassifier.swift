import IntentMatching

/// A classifier whose relative dates (`tomorrow`, `明日`, `12/1` without a year) are read on a
/// given day rather than on the day its matcher was trained with.
///
/// A transcript's `@today` sets the day; the trained matcher is shared by every file of a run,
/// so the day is applied around it: when the matcher found a date, the date is read again from
/// the line with a slot extractor for that day.
public struct ReferenceDayClassifier: IntentClassifier {
  /// The classifier that decides intents and the other slots.
  public let base: any IntentClassifier
  /// The day relative dates are read on.
  public let today: CalendarDay
  private let dates: SlotExtractor

  /// Wraps `base`; `entities` are the catalog's declared entities (one may be named `date`).
  public init(base: any IntentClassifier, today: CalendarDay, entities: [EntityDefinition]) {
    self.base = base
    self.today = today
    self.dates = SlotExtractor(entities: entities, today: today)
  }

  /// The base classifier's match, with its `date` slot read on ``today``.
  public func classify(_ text: String) -> Match {
    var match = base.classify(text)
    if match.slots["date"] != nil {
      match.slots["date"] = dates.extract(text)["date"]
    }
    return match
  }

  /// The base classifier's explanation.
  public func explain(_ text: String, count: Int) -> Explanation {
    base.explain(text, count: count)
  }
}
