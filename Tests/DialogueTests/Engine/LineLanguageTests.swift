import IntentMatching
import Testing

@testable import Dialogue

/// A line of only ids and numbers keeps the conversation's language; a word changes it.
@Suite struct LineLanguageTests {
  @Test(arguments: [
    ("1002", false), ("C-1001", false), ("INV-2001", false), ("inv2001", false),
    ("P-1002 x2", false), ("#1002", false), ("taro@example.com", false), ("order 1002", true),
    ("it's 1002", true), ("1002.", false), ("ABCD-12", true), ("090-1234-5678", false), ("", false),
    ("hello", true), ("--", false),
  ])
  func wordsAndIDs(line: String, hasWord: Bool) {
    #expect(DialogueEngine.hasWord(line) == hasWord, "\(line)")
  }

  @Test func idsKeepThePreviousLanguage() {
    #expect(DialogueEngine.language(of: "1002", after: .japanese) == .japanese)
    #expect(DialogueEngine.language(of: "C-1001", after: .japanese) == .japanese)
    #expect(DialogueEngine.language(of: "order 1002", after: .japanese) == .english)
    #expect(DialogueEngine.language(of: "注文1002", after: .english) == .japanese)
  }
}
