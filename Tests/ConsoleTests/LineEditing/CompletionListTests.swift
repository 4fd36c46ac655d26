import Testing

@testable import Console

/// Completion lists fit the terminal: columns, whole candidates, and a note when cut.
struct CompletionListTests {
  private static let intents = [
    "account_balance", "business_hours", "cancel_order", "capabilities", "contract_renewal",
    "goodbye", "greeting", "human_agent", "invoice_status", "leave_balance", "order_status",
    "password_reset", "payment_methods", "privacy_policy", "product_price", "promotions",
    "refund_status", "return_policy", "sales_quote", "shipping_policy", "stock_check", "thanks",
    "track_shipment", "update_contact", "warranty",
  ]

  @Test(arguments: [40, 80, 120])
  func everyRowFitsAndNoCandidateIsBroken(width: Int) {
    let rows = CompletionList.lines(Self.intents, width: width)
    for row in rows { #expect(CompletionList.displayWidth(row) < width, "\(row)") }
    let listed = rows.filter { !$0.hasPrefix("…") }.flatMap { $0.split(separator: " ") }
    for word in listed { #expect(Self.intents.contains(String(word)), "\(word)") }
  }

  @Test func aLongListSaysHowManyMoreThereAre() {
    let rows = CompletionList.lines(Self.intents, width: 40, maxRows: 8)
    #expect(rows.count == 8)
    let listed = rows.dropLast().flatMap { $0.split(separator: " ") }.count
    #expect(
      rows.last
        == "… and \(Self.intents.count - listed) more")
  }

  @Test func aShortListIsOneRow() {
    #expect(CompletionList.lines(["/help", "/hello"], width: 80) == ["/help   /hello"])
    #expect(CompletionList.lines([], width: 80).isEmpty)
  }

  @Test func namesWithSpacesAndWideCharactersStayWhole() {
    let rows = CompletionList.lines(["C-1001", "Emily Carter", "C-1002", "山田 太郎"], width: 30)
    #expect(rows == ["C-1001        Emily Carter", "C-1002        山田 太郎"])
  }

  @Test func aPartialListSaysThereAreMoreWithoutCountingThem() {
    let rows = CompletionList.lines(["C-1001", "C-1002"], width: 80, partial: true)
    #expect(rows == ["C-1001  C-1002", "… and more: type more of the id or name"])
    let many = (1...200).map { "C-\(1000 + $0)" }
    let cut = CompletionList.lines(many, width: 40, maxRows: 4, partial: true)
    #expect(cut.count == 4)
    #expect(cut.last == "… and more: type more of the id or name")
  }
}
