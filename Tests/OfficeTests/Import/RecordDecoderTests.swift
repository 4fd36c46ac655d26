import Testing

@testable import Office

/// Every check a field goes through before it is written, one case per rule.
@Suite struct RecordDecoderTests {
  struct Case: Sendable, CustomStringConvertible {
    let id: String
    let entity: ExportEntity
    let field: String
    let value: String
    /// The message, or nil when the value is accepted.
    let expected: String?
    var description: String { id }
  }

  static let cases: [Case] = [
    .init(
      id: "email", entity: .customers, field: "email", value: "a@b",
      expected: "'a@b' is not an email address"),
    .init(id: "email ok", entity: .customers, field: "email", value: "a@b.org", expected: nil),
    .init(
      id: "phone", entity: .customers, field: "phone", value: "12",
      expected: "'12' is not a phone number"),
    .init(id: "phone empty", entity: .customers, field: "phone", value: "", expected: nil),
    .init(
      id: "tier", entity: .customers, field: "tier", value: "platinum",
      expected: "'tier' must be one of bronze, silver, gold, not 'platinum'"),
    .init(
      id: "language", entity: .customers, field: "language", value: "fr",
      expected: "'language' must be one of en, ja, not 'fr'"),
    .init(
      id: "customer id", entity: .customers, field: "id", value: "1001",
      expected: "'id' must be an id like C-1001, not '1001'"),
    .init(id: "name", entity: .customers, field: "name", value: "", expected: "'name' is required"),
    .init(
      id: "status", entity: .orders, field: "status", value: "lost",
      expected:
        "'status' must be one of pending, processing, shipped, delivered, cancelled, returned, not 'lost'"
    ),
    .init(
      id: "order id", entity: .orders, field: "id", value: "O-1",
      expected: "'id' must be a number id like 1001, not 'O-1'"),
    .init(
      id: "day", entity: .orders, field: "placed_on", value: "2026-02-30",
      expected: "'placed_on' must be a day like 2026-11-01, not '2026-02-30'"),
    .init(
      id: "amount", entity: .orders, field: "total", value: "1.234",
      expected: "'total' must be an amount like 12.50, not '1.234'"),
    .init(id: "amount ok", entity: .orders, field: "total", value: "-3.5", expected: nil),
    .init(
      id: "currency", entity: .orders, field: "currency", value: "XXX",
      expected: "'currency' must be one of " + knownCurrencies.joined(separator: ", ")
        + ", not 'XXX'"),
    .init(
      id: "whole number", entity: .orderLines, field: "quantity", value: "2.5",
      expected: "'quantity' must be a whole number, not '2.5'"),
    .init(
      id: "bool", entity: .contracts, field: "auto_renew", value: "yes",
      expected: "'auto_renew' must be true or false, not 'yes'"),
    .init(
      id: "moment", entity: .tickets, field: "created_at", value: "2026-11-01 09:30",
      expected:
        "'created_at' must be a UTC moment like 2026-11-01T09:30:00.000Z, not '2026-11-01 09:30'"),
    .init(
      id: "moment ok", entity: .tickets, field: "created_at", value: "2026-11-01T09:30:00.000Z",
      expected: nil),
    .init(
      id: "confidence", entity: .messages, field: "confidence", value: "high",
      expected: "'confidence' must be a number, not 'high'"),
    .init(
      id: "slots", entity: .messages, field: "slots", value: "[1]",
      expected: "'slots' must be a JSON object, not '[1]'"),
  ]

  @Test(arguments: cases)
  func eachRuleNamesTheProblem(_ test: Case) throws {
    let field = try #require(test.entity.importFields.first { $0.column.name == test.field })
    switch RecordDecoder.value(test.value, field) {
    case .success: #expect(test.expected == nil)
    case .failure(let message): #expect(message == test.expected)
    }
  }

  @Test func valuesBecomeWhatTheTableStores() {
    let orders = ExportEntity.orders.importFields
    #expect(
      RecordDecoder.cents("914.94") == 91_494 && RecordDecoder.cents("12") == 1_200
        && RecordDecoder.cents("-0.5") == -50)
    #expect(RecordDecoder.storedMoment("2026-11-01T09:30:00.123Z") == "2026-11-01 09:30:00.123")
    guard case .success(let id) = RecordDecoder.value("C-1001", orders[1]) else {
      Issue.record("C-1001 refused")
      return
    }
    #expect(id == .integer(1_001))
  }

  @Test func aShortRowAndAMissingFieldAreLocated() {
    var decoder = RecordDecoder(.stock)
    let short = SourceRecord(
      line: 3, names: ["product_id", "warehouse", "quantity"], values: ["P-1001", "Osaka"])
    guard case .failure(let problems) = decoder.decode(short, csv: true) else {
      Issue.record("a short row was accepted")
      return
    }
    #expect(problems == [FieldProblem(column: 3, message: "expected 3 fields, found 2")])
    let missing = SourceRecord(
      line: 1, names: ["product_id", "where"], values: ["P-1001", "Osaka"])
    guard case .failure(let found) = decoder.decode(missing, csv: false) else {
      Issue.record("a record without its quantity was accepted")
      return
    }
    #expect(
      found == [
        FieldProblem(column: 2, message: "unknown field 'where' for stock"),
        FieldProblem(column: 3, message: "missing field 'warehouse'"),
        FieldProblem(column: 3, message: "missing field 'quantity'"),
      ])
  }

  @Test func anEmptyCSVFieldIsNullWhereTheColumnTakesIt() {
    var decoder = RecordDecoder(.shipments)
    let row = SourceRecord(
      line: 2, names: ExportEntity.shipments.columns.map(\.name),
      values: ["1002", "FedEx", "123456789012", "2026-10-28", "2026-11-03", ""])
    guard case .success(let values) = decoder.decode(row, csv: true) else {
      Issue.record("refused")
      return
    }
    #expect(values.last == .null)
    #expect(values.first == .integer(1_002))
  }
}
