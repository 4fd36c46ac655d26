import Foundation

/// A regular expression from a data file or a transcript, run with a time budget.
///
/// A backtracking engine takes exponential time on some patterns (`(a+)+$` against a line of
/// `a`s and one `!`); a pattern that a user wrote must not stall a line for minutes. The
/// expression runs with ICU's progress callback, and a search still running when its budget is
/// spent is stopped and counts as finding nothing. ``nestedQuantifier(in:)`` names the usual
/// cause, for `intents validate` to warn about.
public struct BoundedPattern: @unchecked Sendable {
  /// The time one search may take, in milliseconds.
  public static let defaultBudgetMilliseconds = 100
  /// The time one search may take.
  public static let defaultBudget: Duration = .milliseconds(defaultBudgetMilliseconds)

  /// The compiled expression (never mutated, so it can be shared across tasks).
  public let expression: NSRegularExpression
  /// The time one search may take.
  public let budget: Duration

  /// Compiles `pattern`, or throws when it is not a valid expression.
  public init(pattern: String, caseInsensitive: Bool = false, budget: Duration = defaultBudget)
    throws
  {
    expression = try NSRegularExpression(
      pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    self.budget = budget
  }

  /// Wraps a compiled expression.
  init(expression: NSRegularExpression, budget: Duration) {
    self.expression = expression
    self.budget = budget
  }

  /// The first match in `range` of `text`, or `nil` when there is none or the budget ran out.
  public func firstMatch(in text: String, range: NSRange) -> NSTextCheckingResult? {
    search(text, range: range, first: true)?.first
  }

  /// Every match in `range` of `text`, or `nil` when the budget ran out.
  public func matches(in text: String, range: NSRange) -> [NSTextCheckingResult]? {
    search(text, range: range, first: false)
  }

  private func search(_ text: String, range: NSRange, first: Bool) -> [NSTextCheckingResult]? {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: budget)
    var results: [NSTextCheckingResult] = []
    var timedOut = false
    expression.enumerateMatches(in: text, options: [.reportProgress], range: range) {
      result, _, stop in
      if let result {
        results.append(result)
        if first { stop.pointee = true }
      } else if clock.now >= deadline {
        timedOut = true
        stop.pointee = true
      }
    }
    return timedOut ? nil : results
  }

  /// The first group of `pattern` that repeats while something inside it repeats too (`(a+)+`,
  /// `(\w+\s?)*`), the shape that makes a backtracking search exponential; `nil` when none.
  public static func nestedQuantifier(in pattern: String) -> String? {
    let scalars = Array(pattern.unicodeScalars)
    /// Open groups: where each starts and whether something inside it repeats.
    var groups: [(start: Int, repeats: Bool)] = []
    var index = 0
    func markRepeat() {
      if !groups.isEmpty { groups[groups.count - 1].repeats = true }
    }
    while index < scalars.count {
      switch scalars[index] {
      case "\\":
        index += 2
      case "[":
        index = endOfClass(scalars, from: index)
      case "(":
        groups.append((index, false))
        index += 1
      case ")":
        guard let group = groups.popLast() else {
          index += 1
          continue
        }
        let after = index + 1
        let quantifier = repetition(scalars, at: after)
        if group.repeats, let quantifier {
          return String(String.UnicodeScalarView(scalars[group.start..<(after + quantifier)]))
        }
        if group.repeats || quantifier != nil { markRepeat() }
        index = after + (quantifier ?? 0)
      default:
        if let length = repetition(scalars, at: index) {
          markRepeat()
          index += length
        } else {
          index += 1
        }
      }
    }
    return nil
  }

  /// The length of a repeating quantifier (`+`, `*`, `{n,}`, `{n,m}` with m > 1) at `index`.
  private static func repetition(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    guard index < scalars.count else { return nil }
    switch scalars[index] {
    case "+", "*": return 1
    case "{":
      guard let close = scalars[index...].firstIndex(of: "}") else { return nil }
      let body = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
      let parts = body.split(separator: ",", omittingEmptySubsequences: false)
      guard (1...2).contains(parts.count), let low = Int(parts[0]) else { return nil }
      if parts.count == 1 { return low > 1 ? close - index + 1 : nil }
      if parts[1].isEmpty { return close - index + 1 }
      guard let high = Int(parts[1]) else { return nil }
      return high > 1 ? close - index + 1 : nil
    default: return nil
    }
  }

  /// The index after the character class that opens at `start`.
  private static func endOfClass(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start + 1
    if index < scalars.count, scalars[index] == "^" { index += 1 }
    if index < scalars.count, scalars[index] == "]" { index += 1 }
    while index < scalars.count, scalars[index] != "]" {
      index += scalars[index] == "\\" ? 2 : 1
    }
    return index + 1
  }
}
