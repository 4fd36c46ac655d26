import Foundation
import Testing

@testable import IntentMatching

/// Intent files written to crash, stall or mislead the loader: each is refused with a located
/// error, at once.
struct HostileCatalogTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var text: String
    var expected: String
    var testDescription: String { id }
  }

  /// Nine levels of nine aliases, used as a mapping key ("billion laughs").
  static let aliasBomb: String = {
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      let items = Array(repeating: "*" + previous, count: 9).joined(separator: ",")
      lines.append("\(name): &\(name) [\(items)]")
      previous = name
    }
    lines.append("? *i\n: x")
    return lines.joined(separator: "\n") + "\n"
  }()

  static let cases: [Case] = [
    Case(
      id: "old Mac line endings and a repeated key", text: "\r\ra: 1\ra: 2\n",
      expected: """
        intents/x.yml:4:1: error: duplicate key 'a' (first at line 3)
        a: 2
        ^
        """),
    Case(
      id: "Windows line endings and a repeated key", text: "a: 1\r\na: 2\r\n",
      expected: """
        intents/x.yml:2:1: error: duplicate key 'a' (first at line 1)
        a: 2
        ^
        """),
    Case(
      id: "a repeated key found on no later line", text: "{a: 1, a: 2}",
      expected: """
        intents/x.yml:1:2: error: duplicate key 'a'
        {a: 1, a: 2}
         ^
        """),
    Case(
      id: "an alias used as a key", text: "a: &k x\n? *k\n: y\n",
      expected: """
        intents/x.yml:1:4: error: anchors and aliases are not allowed (found anchor '&k')
        a: &k x
           ^
        """),
    Case(
      id: "an alias as a value", text: "intents:\n  - name: x\n    examples: [hi, *greeting]\n",
      expected: """
        intents/x.yml:3:20: error: anchors and aliases are not allowed (found alias '*greeting')
            examples: [hi, *greeting]
                           ^
        """),
    Case(
      id: "billion laughs", text: aliasBomb,
      expected: """
        intents/x.yml:1:4: error: anchors and aliases are not allowed (found anchor '&a')
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
           ^
        """),
    Case(
      id: "a control character in a flow list",
      text: "intents:\n  - name: x\n    examples: [hi\u{1}there]\n",
      expected: """
        intents/x.yml:3:18: error: invalid YAML: control characters are not allowed (U+0001)
            examples: [hi\u{FFFD}there]
                         ^
        """),
    Case(
      id: "an escape in an unknown key", text: "intents:\n  - name: x\n    \u{1B}]0;x\u{7}: 1\n",
      expected: """
        intents/x.yml:3:5: error: invalid YAML: control characters are not allowed (U+001B)
            \u{FFFD}]0;x\u{FFFD}: 1
            ^
        """),
  ]

  @Test(arguments: cases)
  func isRefusedWithALocatedError(_ test: Case) throws {
    let error = #expect(throws: CatalogError.self) {
      try CatalogLoader.load(files: [("intents/x.yml", test.text)])
    }
    #expect(error?.description == test.expected)
  }

  @Test func theAliasBombIsRefusedAtOnce() throws {
    let start = ContinuousClock.now
    #expect(throws: CatalogError.self) {
      try CatalogLoader.load(files: [("intents/x.yml", Self.aliasBomb)])
    }
    // Generous for a debug build on a busy machine; expanding the key took over a minute.
    #expect(ContinuousClock.now - start < .seconds(5))
  }

  @Test func aLongSourceLineIsCutAroundTheCaret() throws {
    let text = "intents: [" + String(repeating: "a", count: 2_000_000) + "\u{1}]\n"
    let error = #expect(throws: CatalogError.self) {
      try CatalogLoader.load(files: [("intents/x.yml", text)])
    }
    let description = try #require(error?.description)
    let lines = description.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("intents/x.yml:1:2000011: error: invalid YAML: control characters"))
    // The window of 120 columns ends with the line; "…" marks the cut before it.
    #expect(lines[1] == "…" + String(repeating: "a", count: 118) + "\u{FFFD}]")
    #expect(lines[2] == String(repeating: " ", count: 119) + "^")
  }

  @Test func aCaretInTheMiddleOfALongLineHasSixtyColumnsBeforeIt() {
    let line = String(repeating: "a", count: 1_000) + "^" + String(repeating: "b", count: 1_000)
    let excerpt = SourceExcerpt(line: line, column: 1_001)
    #expect(
      excerpt.text == "…" + String(repeating: "a", count: 60) + "^"
        + String(repeating: "b", count: 59) + "…")
    #expect(excerpt.caretColumn == 62)
  }

  @Test func aLongUnknownKeyIsShortenedInTheMessage() throws {
    let key = String(repeating: "k", count: 1_000)
    let error = #expect(throws: CatalogError.self) {
      try CatalogLoader.load(files: [("intents/x.yml", key + ": 1\n")])
    }
    let first = try #require(error?.description.split(separator: "\n").first)
    #expect(
      first == "intents/x.yml:1:1: error: unknown key '\(String(repeating: "k", count: 80))…'")
  }
}
