import Foundation

/// A compiled regular expression that can be shared across tasks (it is never mutated).
struct Pattern: @unchecked Sendable {
  let expression: NSRegularExpression
  /// The time budget of a pattern from a data file (``BoundedPattern``); built-in patterns,
  /// known to be linear, have none.
  let bounded: BoundedPattern?

  /// Compiles `pattern`; built-in patterns are known to be valid.
  init(_ pattern: String, caseInsensitive: Bool = false) {
    // swift-format-ignore: NeverUseForceTry
    expression = try! NSRegularExpression(
      pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    bounded = nil
  }

  /// Compiles a pattern from a data file, or throws; each search of it has a time budget.
  init(validating pattern: String, budget: Duration = BoundedPattern.defaultBudget) throws {
    let bounded = try BoundedPattern(pattern: pattern, budget: budget)
    expression = bounded.expression
    self.bounded = bounded
  }

  /// Every match in `text` with its capture groups (`nil` for a group that did not take part);
  /// none when a bounded search runs out of time.
  func matches(in text: String) -> [(range: Range<String.Index>, groups: [String?])] {
    let whole = NSRange(text.startIndex..<text.endIndex, in: text)
    let results =
      bounded.map { $0.matches(in: text, range: whole) ?? [] }
      ?? expression.matches(in: text, range: whole)
    return results.compactMap { result in
      guard let range = Range(result.range, in: text) else { return nil }
      var groups: [String?] = []
      if result.numberOfRanges > 1 {
        for group in 1..<result.numberOfRanges {
          groups.append(Range(result.range(at: group), in: text).map { String(text[$0]) })
        }
      }
      return (range, groups)
    }
  }
}
