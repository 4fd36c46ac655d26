import Testing

@testable import IntentMatching

struct SynonymMapperTests {
  static let mapper = SynonymMapper([
    "refund": ["money back", "reimbursement", "返金"],
    "返品": ["返却"],
  ])

  @Test(arguments: [
    ("I want my money back", "i want my refund"),
    ("reimbursement please", "refund please"),
    ("money for nothing", "money for nothing"),
    ("返却したい", "ja:返却したい ja:返品"),
    ("返金はいつ", "ja:返金はいつ refund"),
  ])
  func maps(_ input: String, _ expected: String) {
    let mapped = Self.mapper.apply(Tokenizer.tokens(of: input))
    #expect(mapped.map(\.token.description).joined(separator: " ") == expected)
  }

  @Test func recordsWhatWasTyped() {
    let mapped = Self.mapper.apply(Tokenizer.tokens(of: "money back now"))
    #expect(mapped.first?.hit == SynonymMapper.Hit(canonical: "refund", typed: "money back"))
    #expect(mapped.last?.hit == nil)
  }
}
