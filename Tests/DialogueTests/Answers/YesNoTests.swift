import Testing

@testable import Dialogue

@Suite struct YesNoTests {
  @Test(
    arguments: [
      ("yes", true), ("Yes please.", true), ("OK", true), ("はい", true), ("お願いします。", true),
      ("no", false), ("No thanks", false), ("いいえ", false), ("結構です", false),
      ("where is my order", nil), ("", nil),
    ] as [(String, Bool?)])
  func readsYesAndNoInBothLanguages(line: String, expected: Bool?) {
    #expect(YesNo.read(line) == expected)
  }
}
