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

/// Words with letters outside ASCII are indexed and corrected by characters, not bytes.
struct TypoCorrectorUnicodeTests {
  static let corrector = TypoCorrector(vocabulary: ["résumé": 2, "naïveté": 1, "refund": 1])

  @Test(
    arguments: [
      ("resumé", "résumé"), ("résumée", "résumé"), ("rsumé", "résumé"), ("naïvetè", "naïveté"),
      ("résume", "résumé"), ("rfeund", "refund"), ("résumé", nil), ("rasumo", nil),
    ] as [(String, String?)])
  func correctsByCharacters(_ typed: String, _ expected: String?) {
    #expect(Self.corrector.correction(for: typed) == expected)
  }
}

/// A very long word is not corrected: its deletion keys would cost its length squared.
struct TypoCorrectorLengthTests {
  static let long = String(repeating: "ab", count: 23)

  @Test func aWordLongerThanTheCapIsLeftAlone() {
    let corrector = TypoCorrector(vocabulary: [Self.long: 1, "refund": 1])
    #expect(corrector.correction(for: Self.long + "x") == nil)
    #expect(corrector.correction(for: "refunds") == "refund")
  }

  @Test func aTenThousandLetterWordIsAnsweredAtOnce() {
    let corrector = TypoCorrector(vocabulary: ["refund": 1, "password": 1])
    let start = ContinuousClock.now
    #expect(corrector.correction(for: String(repeating: "a", count: 10_000)) == nil)
    // Generous for a debug build; building its deletion keys took seconds in a release build.
    #expect(ContinuousClock.now - start < .seconds(1))
  }
}
