import Foundation

/// A compiled regular expression that can be shared across tasks (it is never mutated).
struct Pattern: @unchecked Sendable {
  let expression: NSRegularExpression

  /// Compiles `pattern`; built-in patterns are known to be valid.
  init(_ pattern: String, caseInsensitive: Bool = false) {
    // swift-format-ignore: NeverUseForceTry
    expression = try! NSRegularExpression(
      pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
  }

  /// Compiles a pattern from a data file, or throws.
  init(validating pattern: String) throws {
    expression = try NSRegularExpression(pattern: pattern)
  }

  /// Every match in `text` with its capture groups (`nil` for a group that did not take part).
  func matches(in text: String) -> [(range: Range<String.Index>, groups: [String?])] {
    let whole = NSRange(text.startIndex..<text.endIndex, in: text)
    return expression.matches(in: text, range: whole).compactMap { result in
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
