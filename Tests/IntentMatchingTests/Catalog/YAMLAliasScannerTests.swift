import Testing

@testable import IntentMatching

/// Where YAML anchors and aliases are, and where a `*` or `&` is only text.
struct YAMLAliasScannerTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var text: String
    /// `*name@line:column`, or `nil` for none.
    var expected: String?
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "none", text: "a: b\n", expected: nil),
    Case(id: "inside a plain scalar", text: "- rock &roll\n- 5 * 3\n- a*b\n", expected: nil),
    Case(id: "in quotes", text: "- \"*x\"\n- '&y'\n- 'it''s *z'\n", expected: nil),
    Case(id: "in a multi-line quote", text: "- \"one\n  *two\"\n", expected: nil),
    Case(id: "in a comment", text: "# *x\na: b # &y\n", expected: nil),
    Case(id: "in a block scalar", text: "a: |\n  *x\n  &y\nb: c\n", expected: nil),
    Case(id: "a star alone", text: "slots: {order: *}\n", expected: nil),
    Case(id: "after a block scalar", text: "a: >\n  text\nb: *x\n", expected: "*x@3:4"),
    Case(
      id: "a key after a block scalar of a nested mapping",
      text: "- key: |\n    text\n  *x : 1\n", expected: "*x@3:3"),
    Case(id: "in a block scalar of a sequence", text: "- |\n  *x\n- b\n", expected: nil),
    Case(id: "a sequence item", text: "- *x\n", expected: "*x@1:3"),
    Case(id: "a nested sequence item", text: "- - *x\n", expected: "*x@1:5"),
    Case(id: "a value", text: "a: &anchor b\n", expected: "&anchor@1:4"),
    Case(id: "after a tag", text: "a: !t &x b\n", expected: "&x@1:7"),
    Case(id: "a key", text: "*x : b\n", expected: "*x@1:1"),
    Case(id: "an explicit key", text: "? *x\n: b\n", expected: "*x@1:3"),
    Case(id: "in a flow list", text: "a: [b, *x]\n", expected: "*x@1:8"),
    Case(id: "in a flow map", text: "a: {\"b\":*x}\n", expected: "*x@1:9"),
    Case(id: "after a document marker", text: "--- *x\n", expected: "*x@1:5"),
    Case(id: "old Mac lines", text: "\r\ra: *x\r", expected: "*x@3:4"),
    Case(id: "Windows lines", text: "a: b\r\nc: *x\r\n", expected: "*x@2:4"),
  ]

  @Test(arguments: cases)
  func findsTheFirstAnchorOrAlias(_ test: Case) {
    let finding = YAMLAliasScanner.first(in: test.text)
    let text = finding.map { "\($0.indicator)\($0.name)@\($0.line):\($0.column)" }
    #expect(text == test.expected)
  }
}
