import Testing

@testable import IntentMatching

struct SlotExtractorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var input: String
    var expected: [String: String]
    var testDescription: String { id }
  }

  static let today = CalendarDay(year: 2026, month: 11, day: 29)
  static let extractor = SlotExtractor(
    entities: [
      EntityDefinition(
        name: "ticket_id", recogniser: .pattern(#"\bTCK-\d+\b"#),
        location: SourceLocation(path: "t.yml", line: 1, column: 1)),
      EntityDefinition(
        name: "color", recogniser: .values(["red", "dark blue", "赤"]),
        location: SourceLocation(path: "t.yml", line: 2, column: 1)),
    ], today: today)

  static let cases: [Case] = [
    Case(id: "bare order number", input: "where is order 1002?", expected: ["order_id": "1002"]),
    Case(id: "hash order number", input: "status of #1002 please", expected: ["order_id": "1002"]),
    Case(id: "japanese order number", input: "注文1002の状況", expected: ["order_id": "1002"]),
    Case(id: "full-width digits", input: "注文１００２はどこ", expected: ["order_id": "1002"]),
    Case(id: "three digits is not an order", input: "I have 100 questions", expected: [:]),
    Case(
      id: "invoice, not an order", input: "is inv-1002 paid", expected: ["invoice_id": "INV-1002"]),
    Case(id: "product, not an order", input: "P-1002の在庫", expected: ["product_id": "P-1002"]),
    Case(id: "customer", input: "update c-1001 please", expected: ["customer_id": "C-1001"]),
    Case(
      id: "email", input: "my email is Taro.Y@example.co.jp now",
      expected: ["email": "Taro.Y@example.co.jp"]),
    Case(id: "phone", input: "call me on 090-1234-5678", expected: ["phone": "090-1234-5678"]),
    Case(
      id: "international phone", input: "+81 3-1234-5678", expected: ["phone": "+81 3-1234-5678"]),
    Case(id: "tomorrow", input: "deliver it tomorrow", expected: ["date": "2026-11-30"]),
    Case(id: "yesterday", input: "It came Yesterday", expected: ["date": "2026-11-28"]),
    Case(id: "japanese today", input: "今日届きますか", expected: ["date": "2026-11-29"]),
    Case(id: "japanese tomorrow", input: "明日までに", expected: ["date": "2026-11-30"]),
    Case(
      id: "english relative word in a japanese line", input: "注文1002 tomorrow",
      expected: ["order_id": "1002", "date": "2026-11-30"]),
    Case(id: "relative word inside another word", input: "sundaytoday", expected: [:]),
    Case(id: "iso date", input: "on 2026-12-01", expected: ["date": "2026-12-01"]),
    Case(id: "month/day", input: "by 12/1", expected: ["date": "2026-12-01"]),
    Case(id: "japanese date", input: "12月1日に届けて", expected: ["date": "2026-12-01"]),
    Case(id: "dollars", input: "a refund of $120", expected: ["amount": "120 USD"]),
    Case(id: "currency code", input: "I paid 120 USD", expected: ["amount": "120 USD"]),
    Case(id: "yen sign", input: "¥5,000の請求", expected: ["amount": "5000 JPY"]),
    Case(id: "full-width yen sign", input: "￥5,000", expected: ["amount": "5000 JPY"]),
    Case(id: "yen word", input: "5000円返金して", expected: ["amount": "5000 JPY"]),
    Case(
      id: "units", input: "I need 3 units of P-1002",
      expected: ["quantity": "3", "product_id": "P-1002"]),
    Case(id: "japanese counter", input: "5個ください", expected: ["quantity": "5"]),
    Case(id: "declared pattern", input: "ticket TCK-42 is open", expected: ["ticket_id": "TCK-42"]),
    Case(
      id: "declared values", input: "do you have it in Dark Blue", expected: ["color": "dark blue"]),
    Case(id: "declared japanese value", input: "赤はありますか", expected: ["color": "赤"]),
    Case(
      id: "order and date together", input: "order 1002 shipped on 2026-12-01?",
      expected: ["order_id": "1002", "date": "2026-12-01"]),
    Case(id: "nothing", input: "hello there", expected: [:]),
  ]

  @Test(arguments: cases)
  func extracts(_ testCase: Case) {
    #expect(Self.extractor.extract(testCase.input) == testCase.expected)
  }

  @Test func relativeDatesWithoutAClockStayWords() {
    let extractor = SlotExtractor()
    #expect(extractor.extract("tomorrow please") == ["date": "tomorrow"])
    #expect(extractor.extract("明日") == ["date": "tomorrow"])
    #expect(extractor.extract("by 12/1") == ["date": "12-01"])
  }

  @Test func calendarArithmeticCrossesMonthsAndYears() {
    #expect(CalendarDay(year: 2026, month: 12, day: 31).adding(days: 1).description == "2027-01-01")
    #expect(CalendarDay(year: 2028, month: 3, day: 1).adding(days: -1).description == "2028-02-29")
  }
}
