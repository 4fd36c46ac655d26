import Foundation
import Testing

@testable import IntentMatching

/// Every kind of broken intent file, with the full error text the loader prints.
struct CatalogLoaderErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var file: String
    var expected: String
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "YAML syntax", file: "yaml_syntax.yml",
      expected: """
        intents/yaml_syntax.yml:4:9: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar
              - "hello
                ^
        """),
    Case(
      id: "unknown key", file: "unknown_key.yml",
      expected: """
        intents/unknown_key.yml:3:5: error: unknown key 'exmaples'
            exmaples:
            ^
        """),
    Case(
      id: "unknown top-level key", file: "unknown_top_key.yml",
      expected: """
        intents/unknown_top_key.yml:1:1: error: unknown key 'intent'
        intent:
        ^
        """),
    Case(
      id: "duplicate intent", file: "duplicate_intent.yml",
      expected: """
        intents/duplicate_intent.yml:4:5: error: duplicate intent 'greeting' (first defined at intents/duplicate_intent.yml:2:5)
          - name: greeting
            ^
        """),
    Case(
      id: "duplicate key", file: "duplicate_key.yml",
      expected: """
        intents/duplicate_key.yml:4:5: error: duplicate key 'examples' (first at line 3)
            examples: [hi]
            ^
        """),
    Case(
      id: "intent without examples", file: "no_examples.yml",
      expected: """
        intents/no_examples.yml:2:5: error: intent 'goodbye' has no examples
          - name: goodbye
            ^
        """),
    Case(
      id: "wrong type", file: "wrong_type.yml",
      expected: """
        intents/wrong_type.yml:3:15: error: expected a list or a map of languages for 'examples', found a scalar
            examples: 5
                      ^
        """),
    Case(
      id: "intents not a list", file: "intents_not_a_list.yml",
      expected: """
        intents/intents_not_a_list.yml:2:3: error: expected a list for 'intents', found a mapping
          name: greeting
          ^
        """),
    Case(
      id: "top level a list", file: "top_level_list.yml",
      expected: """
        intents/top_level_list.yml:1:1: error: expected a mapping for the top-level keys, found a list
        - name: greeting
        ^
        """),
    Case(
      id: "bad regex", file: "bad_regex.yml",
      expected: """
        intents/bad_regex.yml:3:14: error: invalid regular expression 'TCK-[0-9'
            pattern: 'TCK-[0-9'
                     ^
        """),
    Case(
      id: "bad threshold", file: "bad_threshold.yml",
      expected: """
        intents/bad_threshold.yml:2:14: error: threshold must be a number between 0 and 1, found '1.5'
          threshold: 1.5
                     ^
        """),
    Case(
      id: "margin not a number", file: "margin_not_a_number.yml",
      expected: """
        intents/margin_not_a_number.yml:3:11: error: margin must be a number between 0 and 1, found 'wide'
          margin: wide
                  ^
        """),
    Case(
      id: "bad intent name", file: "bad_intent_name.yml",
      expected: """
        intents/bad_intent_name.yml:2:11: error: invalid intent name 'Business Hours' (use a-z, 0-9 and _)
          - name: Business Hours
                  ^
        """),
    Case(
      id: "missing name", file: "missing_name.yml",
      expected: """
        intents/missing_name.yml:2:5: error: intent without a 'name'
          - description: No name here
            ^
        """),
    Case(
      id: "unknown language", file: "unknown_language.yml",
      expected: """
        intents/unknown_language.yml:5:7: error: unknown language 'fr' (expected one of: en, ja)
              fr: [bonjour]
              ^
        """),
    Case(
      id: "entity without recogniser", file: "entity_without_recogniser.yml",
      expected: """
        intents/entity_without_recogniser.yml:2:5: error: entity 'color' needs a 'pattern' or 'values'
          - name: color
            ^
        """),
  ]

  @Test(arguments: cases)
  func reportsTheFullError(_ testCase: Case) throws {
    let text = try Fixture.text("Broken/" + testCase.file)
    let error = #expect(throws: CatalogError.self) {
      _ = try CatalogLoader.load(files: [("intents/" + testCase.file, text)])
    }
    #expect(error?.description == testCase.expected)
  }

  @Test func everyFixtureHasACase() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.path("Broken"))
    #expect(Set(names) == Set(Self.cases.map(\.file)))
  }

  @Test func pathJoinsTheDirectoryArgument() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let text = try Fixture.text("Broken/unknown_key.yml")
    try text.write(toFile: directory + "/faq.yml", atomically: true, encoding: .utf8)
    let error = #expect(throws: CatalogError.self) {
      _ = try CatalogLoader.load(directory: directory)
    }
    #expect(error?.location == SourceLocation(path: directory + "/faq.yml", line: 3, column: 5))
  }

  @Test func settingsInTwoFiles() {
    let error = #expect(throws: CatalogError.self) {
      _ = try CatalogLoader.load(files: [
        ("intents/a.yml", "settings:\n  threshold: 0.3\n"),
        ("intents/b.yml", "settings:\n  threshold: 0.4\n"),
      ])
    }
    #expect(
      error?.description == """
        intents/b.yml:1:1: error: settings already given at intents/a.yml:1:1
        settings:
        ^
        """)
  }

  @Test func missingFolder() {
    let error = #expect(throws: CatalogError.self) {
      _ = try CatalogLoader.load(directory: "/nonexistent/intents")
    }
    #expect(
      error?.description == "/nonexistent/intents:1:1: error: cannot read the intent catalog folder"
    )
  }
}
