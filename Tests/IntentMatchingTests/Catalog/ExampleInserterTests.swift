import Foundation
import Testing

@testable import IntentMatching

struct ExampleInserterTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var file: String
    var intent: String
    var line: String
    var expected: String
    var testDescription: String { id }
  }

  static let languageMap = """
    # Opening hours.
    intents:
      - name: business_hours
        examples:
          en:
            - when are you open   # a comment
            - what time do you close
          # Japanese below.
          ja:
            - 営業時間は？
        answers: We are open.
      - name: thanks
        examples: [thanks]

    """

  static let cases: [Case] = [
    Case(
      id: "English after the last English example", file: languageMap, intent: "business_hours",
      line: "are you open on boxing day",
      expected: """
        # Opening hours.
        intents:
          - name: business_hours
            examples:
              en:
                - when are you open   # a comment
                - what time do you close
                - are you open on boxing day
              # Japanese below.
              ja:
                - 営業時間は？
            answers: We are open.
          - name: thanks
            examples: [thanks]

        """),
    Case(
      id: "Japanese after the last Japanese example", file: languageMap, intent: "business_hours",
      line: "土曜日は開いていますか",
      expected: """
        # Opening hours.
        intents:
          - name: business_hours
            examples:
              en:
                - when are you open   # a comment
                - what time do you close
              # Japanese below.
              ja:
                - 営業時間は？
                - 土曜日は開いていますか
            answers: We are open.
          - name: thanks
            examples: [thanks]

        """),
    Case(
      id: "a missing language gets its section",
      file: """
        intents:
          - name: refund
            examples:
              en:
                - where is my refund
            answers: Soon.

        """, intent: "refund", line: "返金はいつ",
      expected: """
        intents:
          - name: refund
            examples:
              en:
                - where is my refund
              ja:
                - 返金はいつ
            answers: Soon.

        """),
    Case(
      id: "a plain list, quoted when YAML would misread it",
      file: """
        intents:
          - name: refund
            examples:
              - "where is my refund"

              - money back
        # next
        """, intent: "refund", line: "refund: now #1",
      expected: """
        intents:
          - name: refund
            examples:
              - "where is my refund"

              - money back
              - "refund: now #1"
        # next
        """),
  ]

  @Test(arguments: cases) func insertsOneLine(_ example: Case) throws {
    let path = "intents/test.yml"
    let loaded = try CatalogLoader.load(files: [(path, example.file)])
    let intent = try #require(loaded.catalog.intent(named: example.intent))
    let edit = try ExampleInserter.inserting(
      example.line, language: Language.detect(example.line), after: intent.examples,
      text: example.file, path: path)
    #expect(edit.text == example.expected)
    let reloaded = try CatalogLoader.load(files: [(path, edit.text)])
    let taught = try #require(reloaded.catalog.intent(named: example.intent))
    #expect(taught.examples.count == intent.examples.count + 1)
    #expect(
      Set(taught.examples.map(\.text)) == Set(intent.examples.map(\.text) + [example.line]))
    let added = try #require(taught.examples.first { $0.text == example.line })
    #expect(added.language == Language.detect(example.line))
    let removed = try ExampleInserter.removing(
      edit.lines, at: edit.line, from: edit.text, path: path)
    #expect(removed == example.file)
  }

  @Test func flowListsAreRefusedWithTheirPlace() throws {
    let path = "intents/test.yml"
    let text = "intents:\n  - name: thanks\n    examples: [thanks, thank you]\n"
    let intent = try #require(
      try CatalogLoader.load(files: [(path, text)]).catalog.intent(named: "thanks"))
    #expect {
      try ExampleInserter.inserting(
        "cheers", language: .english, after: intent.examples, text: text, path: path)
    } throws: { error in
      (error as? CatalogError)?.description
        == """
        intents/test.yml:3:16: error: examples are not written one per line ('- text'); add \
        this one by hand
            examples: [thanks, thank you]
                       ^
        """
    }
  }

  @Test func removalRefusesAChangedFile() throws {
    #expect(throws: CatalogError.self) {
      try ExampleInserter.removing(["  - cheers"], at: 2, from: "a:\n  - other\n", path: "x.yml")
    }
  }

  @Test(arguments: [
    ("hello", true), ("what: now", false), ("- dash", false), ("yes", false), ("12", false),
    ("it's #1", false), ("no#comment", true), ("ends with #", false), ("a #b", false),
    ("営業時間は？", true),
    ("'quoted'", false), ("ends:", false),
  ])
  func plainScalarsAreWrittenPlainOnlyWhenSafe(_ text: String, _ plain: Bool) {
    #expect(ExampleInserter.plainIsSafe(text) == plain)
  }
}
