import Foundation
import Testing

@testable import IntentMatching

/// A pattern's requirements skip an expression only when it cannot match: the reading is checked
/// by hand on typical patterns, and against the regular-expression engine itself on many lines.
struct PatternRequirementsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var pattern: String
    var literals: [String]
    var needsDigit: Bool
    var testDescription: String { pattern }
  }

  static let cases: [Case] = [
    Case(pattern: #"(?<![A-Za-z0-9])E-\d{3,}(?![0-9])"#, literals: ["E-"], needsDigit: true),
    Case(pattern: #"(?<![A-Za-z0-9])K-\d{3,}(?![0-9])"#, literals: ["K-"], needsDigit: true),
    Case(pattern: #"TCK-\d+"#, literals: ["TCK-"], needsDigit: true),
    Case(pattern: #"ab?c"#, literals: ["a", "c"], needsDigit: false),
    Case(pattern: #"ab*c+d"#, literals: ["a", "c", "d"], needsDigit: false),
    Case(pattern: #"x{0,3}yz"#, literals: ["yz"], needsDigit: false),
    Case(pattern: #"\d?\.\d"#, literals: ["."], needsDigit: true),
    Case(pattern: #"[A-Z]{2}-(\d+)"#, literals: ["-"], needsDigit: false),
    Case(pattern: #"^ORD\s?\d{4}$"#, literals: ["ORD"], needsDigit: true),
    Case(pattern: #"(foo|bar)baz"#, literals: ["baz"], needsDigit: false),
    Case(pattern: #"foo|bar"#, literals: [], needsDigit: false),
    Case(pattern: #"(?i)ref-\d+"#, literals: [], needsDigit: false),
    Case(pattern: #"(?x) a b c"#, literals: [], needsDigit: false),
    Case(pattern: #"\p{Lu}-\d"#, literals: [], needsDigit: false),
    Case(pattern: #"\x{41}B"#, literals: [], needsDigit: false),
    Case(pattern: #"\QA.B\E"#, literals: [], needsDigit: false),
    Case(pattern: #"(a)\1"#, literals: [], needsDigit: false),
    Case(pattern: #"[]x]y"#, literals: ["y"], needsDigit: false),
    Case(pattern: #"社員\d+"#, literals: [], needsDigit: true),
  ]

  @Test(arguments: cases)
  func readsWhatEveryMatchContains(_ testCase: Case) {
    let requirements = PatternRequirements(pattern: testCase.pattern)
    #expect(requirements.literals.map { String(decoding: $0, as: UTF8.self) } == testCase.literals)
    #expect(requirements.needsDigit == testCase.needsDigit)
  }

  /// Never skips a line the expression matches: each pattern against lines built from pieces
  /// that come near its requirements (parts of literals, other cases, full-width and Arabic
  /// digits, Japanese).
  @Test func neverSkipsALineTheExpressionMatches() throws {
    let patterns =
      Self.cases.map(\.pattern) + [
        #"(?<![A-Za-z0-9])inv-?(\d+)(?![0-9])"#, #"[$€£¥]\s?(\d[\d,]*(?:\.\d+)?)"#,
        #"E-\d{3,}|K-\d{3,}"#, #"a{2}b"#, #"(?:ab)+c"#, #"a.c"#, #"\.\d"#,
      ]
    let pieces = [
      "E-", "e-", "E", "-", "K-", "TCK-", "tck-", "123", "7", "١٢٣", "１２３", "abc", "ab", "a",
      "c", "d", "yz", "y", "z", "x", "ORD", "ord", " ", ".", "baz", "foo", "bar", "REF-", "ref-",
      "AB", "B", "]", "社員", "inv", "INV-", "$", "¥", "aa", "b", "zz",
    ]
    var generator = SplitMix64(seed: 2026)
    var checked = 0
    for pattern in patterns {
      let expression = try NSRegularExpression(pattern: pattern)
      let requirements = PatternRequirements(pattern: pattern)
      for _ in 0..<400 {
        let line = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
          pieces.randomElement(using: &generator)!
        }.joined()
        let range = NSRange(line.startIndex..<line.endIndex, in: line)
        if expression.firstMatch(in: line, range: range) != nil {
          #expect(requirements.mayMatch(Array(line.utf8)), "\(pattern) skipped \(line)")
          checked += 1
        }
      }
    }
    #expect(checked > 100)
  }
}
