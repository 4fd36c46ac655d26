import Testing

@testable import IntentMatching

struct TypoCorrectorTests {
  static let corrector = TypoCorrector(vocabulary: [
    "refund": 10, "password": 8, "invoice": 7, "order": 20, "status": 5, "shipping": 4,
    "shopping": 1, "billing": 6,
  ])

  struct Case: Sendable, CustomTestStringConvertible {
    var typed: String
    var expected: String?
    var testDescription: String { typed }
  }

  static let cases: [Case] = [
    Case(typed: "refnud", expected: "refund"),
    Case(typed: "pasword", expected: "password"),
    Case(typed: "invioce", expected: "invoice"),
    Case(typed: "statuss", expected: "status"),
    Case(typed: "shiping", expected: "shipping"),
    Case(typed: "refund", expected: nil),
    Case(typed: "ordr", expected: nil),
    Case(typed: "banana", expected: nil),
    Case(typed: "12345", expected: nil),
    // One deletion from each side meets ("biling"), but the words are two edits apart.
    Case(typed: "boiling", expected: nil),
    Case(typed: "biling", expected: "billing"),
  ]

  @Test(arguments: cases)
  func corrects(_ testCase: Case) {
    #expect(Self.corrector.correction(for: testCase.typed) == testCase.expected)
  }

  @Test func prefersTheMoreFrequentWord() {
    // "shapping" is one letter from both "shipping" and "shopping".
    #expect(Self.corrector.correction(for: "shapping") == "shipping")
  }
}
