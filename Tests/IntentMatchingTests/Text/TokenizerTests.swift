import Testing

@testable import IntentMatching

struct TokenizerTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var input: String
    var expected: [String]
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "english", input: "Where is order 1002?", expected: ["where", "is", "order", "1002"]),
    Case(id: "japanese run", input: "注文の状況を教えて", expected: ["ja:注文の状況を教えて"]),
    Case(
      id: "japanese with punctuation", input: "在庫は？ありますか。",
      expected: ["ja:在庫は", "ja:ありますか"]),
    Case(id: "mixed", input: "P-1002の在庫", expected: ["p", "1002", "ja:の在庫"]),
    Case(
      id: "mixed inside a chunk", input: "INV-2001の支払いstatus",
      expected: ["inv", "2001", "ja:の支払い", "status"]),
    Case(id: "accented latin stays a word", input: "Café crème", expected: ["café", "crème"]),
  ]

  @Test(arguments: cases)
  func tokenizes(_ testCase: Case) {
    #expect(Tokenizer.tokens(of: testCase.input).map(\.description) == testCase.expected)
  }

  @Test func numbersAreMarked() {
    let tokens = Tokenizer.tokens(of: "order 1002")
    #expect(tokens.map(\.isNumber) == [false, true])
  }
}
