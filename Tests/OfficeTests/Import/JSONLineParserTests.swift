import Testing

@testable import Office

/// One JSON Lines record: flat values kept as text, nested ones as their JSON, and every
/// broken line located by the field it breaks in.
@Suite struct JSONLineParserTests {
  struct Case: Sendable, CustomStringConvertible {
    let id: String
    let line: String
    let fields: [JSONLineParser.Field]?
    let problem: FieldProblem?
    var description: String { id }
  }

  static let cases: [Case] = [
    .init(
      id: "flat", line: #"{"id":"1","n":12.50,"ok":true,"none":null}"#,
      fields: [
        .init(name: "id", value: "1"), .init(name: "n", value: "12.50"),
        .init(name: "ok", value: "true"), .init(name: "none", value: nil),
      ], problem: nil),
    .init(
      id: "escapes", line: #"{"t":"a\"b\\c\n\u00e9\ud83d\ude00"}"#,
      fields: [.init(name: "t", value: "a\"b\\c\né😀")], problem: nil),
    .init(
      id: "nested", line: #"{"slots":{"order_id":"1002","x":[1,{"y":"}"}]}}"#,
      fields: [.init(name: "slots", value: #"{"order_id":"1002","x":[1,{"y":"}"}]}"#)],
      problem: nil),
    .init(id: "empty object", line: "{}", fields: [], problem: nil),
    .init(
      id: "not an object", line: "[1]", fields: nil,
      problem: FieldProblem(column: 1, message: "expected a JSON object")),
    .init(
      id: "bad value", line: #"{"a":"x","b":nope}"#, fields: nil,
      problem: FieldProblem(column: 2, message: "'nope' is not a JSON value")),
    .init(
      id: "unterminated", line: #"{"a":"x"#, fields: nil,
      problem: FieldProblem(column: 1, message: "an unterminated string")),
    .init(
      id: "trailing", line: #"{"a":1} x"#, fields: nil,
      problem: FieldProblem(column: 1, message: "text after the end of the object")),
  ]

  @Test(arguments: cases)
  func parses(_ test: Case) {
    do {
      let fields = try JSONLineParser.parse(Array(test.line.utf8))
      #expect(fields == test.fields)
      #expect(test.problem == nil)
    } catch {
      #expect(error == test.problem)
    }
  }
}
