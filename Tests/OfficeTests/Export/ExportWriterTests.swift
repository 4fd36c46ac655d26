import Testing

@testable import Office

@Suite struct ExportWriterTests {
  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""), ("", ""), ("株式会社", "株式会社"),
  ])
  func csvQuoting(input: String, expected: String) {
    #expect(ExportWriter.csvField(input) == expected)
  }

  @Test(arguments: [
    ("plain", #""plain""#), ("a\"b", #""a\"b""#), ("back\\slash", #""back\\slash""#),
    ("tab\tnew\n", #""tab\tnew\n""#), ("\u{1}", #""\u0001""#), ("日本", #""日本""#),
  ])
  func jsonQuoting(input: String, expected: String) {
    #expect(JSONText.quoted(input) == expected)
  }

  @Test(arguments: [(Int64(0), "0.00"), (5, "0.05"), (1_250, "12.50"), (-99, "-0.99")])
  func cents(input: Int64, expected: String) {
    #expect(ExportWriter.decimal(input) == expected)
  }

  @Test func goldenCustomerLines() throws {
    let store = try Fixtures.seededStore()
    let jsonl = try Fixtures.lines(store, .customers)
    #expect(jsonl.count == 200)
    #expect(
      jsonl[0]
        == #"{"id":"C-1001","name":"Emily Carter","email":"emily.carter@example.com","language":"en","phone":"+1-555-694-6172","company":"Northwind Traders","tier":"gold"}"#
    )
    #expect(
      jsonl[1]
        == #"{"id":"C-1002","name":"山田 太郎","email":"taro.yamada@example.jp","language":"ja","phone":"+81-90-1686-3373","company":"","tier":"bronze"}"#
    )
    let csv = try Fixtures.lines(store, .customers, .csv)
    #expect(csv[0] == "id,name,email,language,phone,company,tier")
    #expect(
      csv[1]
        == "C-1001,Emily Carter,emily.carter@example.com,en,+1-555-694-6172,Northwind Traders,gold")
    #expect(csv.count == 201)
  }

  @Test func goldenOrderAndInvoiceLines() throws {
    let store = try Fixtures.seededStore()
    let orders = try Fixtures.lines(store, .orders)
    #expect(
      orders[1]
        == #"{"id":"1002","customer_id":"C-1001","status":"shipped","placed_on":"2026-10-26","total":914.94,"currency":"USD"}"#
    )
    let invoices = try Fixtures.lines(store, .invoices, .csv)
    #expect(invoices[0] == "id,customer_id,status,order_id,amount,currency,issued_on,due_on")
    #expect(invoices[2].hasPrefix("INV-1002,C-1001,unpaid,1002,914.94,USD,2026-10-26,2026-11-25"))
  }

  @Test(arguments: ExportEntity.allCases)
  func contractFieldsArePresent(entity: ExportEntity) throws {
    let required: [ExportEntity: [String]] = [
      .customers: ["id", "name", "email", "language"], .orders: ["id", "customer_id", "status"],
      .invoices: ["id", "customer_id", "status"], .employees: ["id", "name"],
      .conversations: ["id", "customer_id", "channel", "outcome"],
      .messages: ["conversation_id", "speaker", "text", "intent"],
      .products: ["id"], .tickets: ["id"], .contracts: ["id"],
    ]
    let names = entity.columns.map(\.name)
    for field in required[entity] ?? [] { #expect(names.contains(field), "\(entity).\(field)") }
    let store = try Fixtures.seededStore()
    let header = try Fixtures.lines(store, entity, .csv).first
    #expect(header == names.joined(separator: ","))
  }

  @Test func idsAreStringsInIdOrder() throws {
    let store = try Fixtures.seededStore()
    let orders = try Fixtures.lines(store, .orders)
    #expect(orders.allSatisfy { $0.hasPrefix(#"{"id":""#) })
    let ids = try Fixtures.lines(store, .orders, .csv).dropFirst().map {
      Int($0.split(separator: ",")[0])!
    }
    #expect(ids == ids.sorted())
  }
}
