import Testing

@testable import IntentMatching

struct TextNormalizerTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var input: String
    var expected: String
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "ascii case and punctuation", input: "Where is my ORDER?!", expected: "where is my order"),
    Case(
      id: "apostrophes dropped", input: "what's the status, it's late",
      expected: "whats the status its late"),
    Case(id: "full-width letters and digits", input: "ＯＲＤＥＲ　１００２", expected: "order 1002"),
    Case(id: "half-width katakana", input: "ﾊﾟｽﾜｰﾄﾞ", expected: "パスワード"),
    Case(id: "japanese punctuation", input: "注文、１００２。「至急」？！", expected: "注文 1002 至急"),
    Case(id: "mixed line", input: "P-1002の在庫", expected: "p 1002の在庫"),
    Case(id: "spaces collapsed", input: "  hello   there  ", expected: "hello there"),
    Case(id: "empty", input: "?!", expected: ""),
  ]

  @Test(arguments: cases)
  func normalizes(_ testCase: Case) {
    #expect(TextNormalizer.normalize(testCase.input) == testCase.expected)
  }
}
