import Testing

@testable import Office

@Suite struct RecordsTests {
  @Test(arguments: [
    (RecordID.customer, "C-1001", Int64?(1_001)), (.customer, "c1001", 1_001),
    (.customer, " 1002 ", 1_002), (.invoice, "INV-1001", 1_001), (.invoice, "inv1001", 1_001),
    (.customer, "X-1001", nil), (.customer, "C-", nil), (.customer, "C-10a1", nil),
    (.product, "P-1050", 1_050), (.ticket, "T-0", nil),
  ])
  func parsing(kind: RecordID, text: String, expected: Int64?) {
    #expect(kind.parse(text) == expected)
  }

  @Test(arguments: [
    (Int64(123_450), "USD", "USD 1,234.50"), (5, "USD", "USD 0.05"), (125_000, "JPY", "JPY 1,250"),
    (-1_000, "USD", "USD -10.00"), (100_000_000, "USD", "USD 1,000,000.00"),
  ])
  func moneyFormatting(cents: Int64, currency: String, expected: String) {
    #expect(Money(cents: cents, currency: currency).formatted == expected)
  }
}
