import Foundation
import Testing

@testable import IntentMatching

/// User-supplied regular expressions run with a time budget, and the shape that makes them
/// exponential is named.
struct BoundedPatternTests {
  static let hostileLine = String(repeating: "a", count: 40) + "!"

  @Test func aCatastrophicSearchStopsAtItsBudget() throws {
    let pattern = try BoundedPattern(pattern: "(a+)+$", budget: .milliseconds(50))
    let start = ContinuousClock.now
    let range = NSRange(Self.hostileLine.startIndex..., in: Self.hostileLine)
    #expect(pattern.firstMatch(in: Self.hostileLine, range: range) == nil)
    #expect(pattern.matches(in: Self.hostileLine, range: range) == nil)
    // Both searches together, generous for a debug build; unbounded, one took minutes.
    #expect(ContinuousClock.now - start < .seconds(2))
  }

  @Test func anOrdinarySearchFindsItsMatches() throws {
    let pattern = try BoundedPattern(pattern: #"e-(\d+)"#, caseInsensitive: true)
    let text = "E-12 and e-345"
    let range = NSRange(text.startIndex..., in: text)
    #expect(pattern.firstMatch(in: text, range: range)?.range == NSRange(location: 0, length: 4))
    #expect(pattern.matches(in: text, range: range)?.count == 2)
  }

  @Test func aCatalogEntityPatternCannotStallALine() throws {
    let entity = EntityDefinition(
      name: "words", recogniser: .pattern(#"(\w+\s?)+$"#),
      location: SourceLocation(path: "intents/x.yml", line: 1, column: 1))
    let extractor = SlotExtractor(entities: [entity])
    let start = ContinuousClock.now
    #expect(extractor.extract(Self.hostileLine)["words"] == nil)
    #expect(ContinuousClock.now - start < .seconds(2))
    #expect(extractor.extract("hello there")["words"] == "hello there")
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var pattern: String
    var expected: String?
    var testDescription: String { pattern }
  }

  static let cases: [Case] = [
    Case(pattern: "(a+)+$", expected: "(a+)+"),
    Case(pattern: #"(\w+\s?)+$"#, expected: #"(\w+\s?)+"#),
    Case(pattern: "x((ab)*c)*", expected: "((ab)*c)*"),
    Case(pattern: #"(\d{2,})*"#, expected: #"(\d{2,})*"#),
    Case(pattern: "(?:a|b+){2,5}", expected: "(?:a|b+){2,5}"),
    Case(pattern: #"E-\d{4}"#, expected: nil),
    Case(pattern: "(ab)+", expected: nil),
    Case(pattern: "(a+)?", expected: nil),
    Case(pattern: "[(a+)]+", expected: nil),
    Case(pattern: #"\(a+\)+"#, expected: nil),
    Case(pattern: "(a{1})+", expected: nil),
  ]

  @Test(arguments: cases)
  func findsNestedQuantifiers(_ test: Case) {
    #expect(BoundedPattern.nestedQuantifier(in: test.pattern) == test.expected)
  }

  @Test func validateWarnsAboutANestedQuantifier() throws {
    let text = """
      entities:
        - name: words
          pattern: '(\\w+\\s?)+$'
      intents:
        - name: greeting
          examples: [hello]
      """
    let warnings = try CatalogLoader.load(files: [("intents/x.yml", text)]).warnings
    #expect(
      warnings.map(\.description) == [
        #"intents/x.yml:2:5: warning: pattern of entity 'words' repeats a group that repeats inside ('(\w+\s?)+'): some lines take it exponential time (each search stops after 100 ms)"#
      ])
  }
}
