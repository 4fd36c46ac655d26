import Testing

@testable import IntentMatching

struct KeywordMatcherTests {
  static let catalogText = """
    settings:
      threshold: 0.3
    intents:
      - name: order_status
        keywords:
          en: [order, delivery]
          ja: [注文]
        examples:
          en:
            - where is my order
            - has my order shipped yet
            - when will my order arrive
            - status of order 1002
          ja:
            - 注文の状況を教えて
            - 注文はいつ届きますか
      - name: refund_status
        keywords:
          en: [refund]
          ja: [返金]
        examples:
          en:
            - where is my refund
            - has my refund been processed
            - when do I get the refund
          ja:
            - 返金はいつですか
            - 返金の状況を知りたい
      - name: password_reset
        keywords:
          en: [password]
          ja: [パスワード]
        examples:
          en:
            - I forgot my password
            - reset my password please
            - cannot log in, password does not work
          ja:
            - パスワードを忘れました
            - パスワードをリセットしたい
      - name: stock_check
        keywords:
          en: [stock, available]
          ja: [在庫]
        examples:
          en:
            - is this product in stock
            - do you have P-1001 available
          ja:
            - 在庫はありますか
            - P-1001の在庫を確認したい
    synonyms:
      refund: [money back, reimbursement]
    out_of_scope:
      - what is the weather like
      - tell me a joke
      - who won the football match
    """

  static let matcher: KeywordMatcher = {
    let catalog = try! CatalogLoader.load(files: [("intents/test.yml", catalogText)]).catalog
    return KeywordMatcher(catalog: catalog, today: CalendarDay(year: 2026, month: 11, day: 29))
  }()

  @Test(arguments: [
    ("where is order 1002?", "order_status"),
    ("注文1002の状況を教えて", "order_status"),
    ("I want my money back", "refund_status"),
    ("refnud status", "refund_status"),
    ("返金まだですか", "refund_status"),
    ("I forgot my pasword", "password_reset"),
    ("ﾊﾟｽﾜｰﾄﾞを忘れた", "password_reset"),
    ("ＰＡＳＳＷＯＲＤ　ＲＥＳＥＴ", "password_reset"),
    ("P-1002の在庫", "stock_check"),
    ("is P-1002 in stock?", "stock_check"),
    ("what is the weather like today", "oos"),
    ("zxqv blorp", "oos"),
  ])
  func classifies(_ text: String, _ intent: String) {
    #expect(Self.matcher.classify(text).intent == intent)
  }

  @Test func fillsSlotsAndLanguage() {
    let match = Self.matcher.classify("注文1002は明日届きますか")
    #expect(match.intent == "order_status")
    #expect(match.slots == ["order_id": "1002", "date": "2026-11-30"])
    #expect(match.language == .japanese)
    #expect((0...1).contains(match.confidence))
  }

  @Test func explainsWithOrigins() throws {
    let explanation = Self.matcher.explain("refnud for my money back", count: 2)
    #expect(explanation.match.intent == "refund_status")
    #expect(explanation.threshold == 0.3)
    #expect(explanation.candidates.count == 2)
    let top = try #require(explanation.candidates.first)
    #expect(top.intent == "refund_status")
    #expect(top.features.contains { $0.text == "refund" && $0.origin == .keyword })
    #expect(top.features.allSatisfy { $0.weight > 0 })
    let all = explanation.candidates.flatMap(\.features)
    #expect(all.contains { $0.origin == .synonym(typed: "money back") })
    let typo = Self.matcher.explain("refnud", count: 1)
    #expect(
      typo.candidates.first?.features.contains { $0.origin == .typo(typed: "refnud") } == true)
  }

  @Test func isDeterministic() throws {
    let catalog = try CatalogLoader.load(files: [("intents/test.yml", Self.catalogText)]).catalog
    let other = KeywordMatcher(catalog: catalog)
    for text in ["where is my order", "返金", "password please", "weather", "stock"] {
      #expect(other.classify(text).confidence == Self.matcher.classify(text).confidence)
      #expect(other.explain(text, count: 3) == Self.matcher.explain(text, count: 3))
    }
  }

  @Test func thresholdAndMarginGiveOutOfScope() {
    let scores = DecisionScores(
      intent: "order_status", confidence: 0.5, runnerUp: 0.45, outOfScopeWins: false)
    #expect(scores.intent(under: CatalogSettings(threshold: 0.4)) == "order_status")
    #expect(scores.intent(under: CatalogSettings(threshold: 0.6)) == "oos")
    #expect(scores.intent(under: CatalogSettings(threshold: 0.4, margin: 0.1)) == "oos")
    var oos = scores
    oos.outOfScopeWins = true
    #expect(oos.intent(under: CatalogSettings(threshold: 0)) == "oos")
  }

  @Test func emptyCatalogSaysOutOfScope() {
    let matcher = KeywordMatcher(catalog: IntentCatalog(intents: []))
    #expect(matcher.classify("hello").intent == "oos")
    #expect(matcher.explain("hello", count: 3).candidates.isEmpty)
  }
}
