import Foundation
import TestSupport
import Testing

/// Every reply and every logged row agrees with what the user typed and with the records
/// (the real binary, piped and `ask --json`).
@Suite(.serialized) struct TruthfulTurnsTests {
  /// Piped `lines` on a new database in `folder`; returns stdout after checking the exit status.
  private func piped(_ lines: [String], db: String, _ arguments: [String] = []) throws -> String {
    let result = try BinaryRunner.run(
      ["--db", db, "--intents", RepositoryPaths.intents] + arguments,
      stdin: lines.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return result.stdout
  }

  /// The exported messages of `db` as JSON objects.
  private func messages(_ db: String) throws -> [[String: Any]] {
    let export = try BinaryRunner.run(["export", "messages", "--db", db])
    #expect(export.status == 0, "stderr: \(export.stderr)")
    return try export.stdout.split(separator: "\n").map { line in
      try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  private func userRows(_ db: String) throws -> [[String: Any]] {
    try messages(db).filter { ($0["speaker"] as? String) != "bot" }
  }

  @Test(arguments: [
    ("where is order 1002", "where is order 12345678", "I couldn't find order 12345678."),
    ("注文1002の状況を教えて", "注文12345678の状況を教えて", "注文12345678は見つかりませんでした。"),
    ("where is order 1002", "where is order 12", "I couldn't find order 12."),
  ])
  func aTypedOrderNumberIsNeverReplacedByTheOneInContext(
    first: String, second: String, expected: String
  ) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    let replies = try piped([first, second], db: db).split(separator: "\n").map(String.init)
    #expect(replies.count == 2)
    #expect(replies.last == expected)
    let typed = second.filter(\.isNumber)
    let logged = try userRows(db).last?["slots"] as? [String: String]
    #expect(logged?["order_id"] == typed)
  }

  @Test(arguments: [
    ("P-1001を10個の見積もりをお願いします", "10"),
    ("P-1003を3台見積もってください", "3"),
    ("P-1002を2箱の見積もりをお願いします", "2"),
    ("見積もりをお願いします P-1001 を10個", "10"),
  ])
  func japaneseCountersAttachToNumbersWithoutSpaces(line: String, quantity: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["ask", "--json", "--as", "C-1001", line, "--db", folder.file("a.sqlite")])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let answer = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((answer["slots"] as? [String: String])?["quantity"] == quantity, "\(answer)")
    #expect(answer["intent"] as? String == "sales_quote")
  }

  @Test func aSlotInTheNewLineReplacesTheOneInContext() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    let replies = try piped(
      ["quote for 5 units of P-1002", "見積もりをお願いします P-1001 を10個"], db: db,
      ["--as", "C-1001"]
    ).split(separator: "\n")
    #expect(replies.count == 2)
    #expect(replies[1].contains("10個"), "\(replies[1])")
    #expect(replies[1].contains("249.90"), "\(replies[1])")
    let slots = try userRows(db).last?["slots"] as? [String: String]
    #expect(slots?["quantity"] == "10")
    #expect(slots?["product_id"] == "P-1001")
  }

  @Test(arguments: [
    (["cancel order 1003", "yes", "what do I owe?"], "INV-1003 ($739.90) is void"),
    (["注文1003をキャンセルしたい", "はい", "支払残高はいくらですか"], "請求書INV-1003（739.90ドル）は取り消され"),
  ])
  func aCancelledOrderIsNoLongerOwedAnywhere(lines: [String], confirmation: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    let output = try piped(lines + ["/customer C-1001"], db: db, ["--as", "C-1001"])
    #expect(output.contains(confirmation), "\(output)")
    let balance = output.split(separator: "\n")[2]
    #expect(!balance.contains("INV-1003"), "\(balance)")
    #expect(balance.contains("3,890.75") || balance.contains("3,890.75ドル"), "\(balance)")
    let unpaid = try #require(output.range(of: "Unpaid invoices"))
    #expect(!output[unpaid.lowerBound...].contains("INV-1003"))
    let invoices = try BinaryRunner.run(["export", "invoices", "--db", db])
    let row = invoices.stdout.split(separator: "\n").first { $0.contains("\"INV-1003\"") }
    #expect(row?.contains("\"status\":\"void\"") == true, "\(row ?? "")")
    let orders = try BinaryRunner.run(["export", "orders", "--db", db])
    let order = orders.stdout.split(separator: "\n").first { $0.contains("\"id\":\"1003\"") }
    #expect(order?.contains("\"status\":\"cancelled\"") == true)
  }

  @Test func aPaidOrderThatIsCancelledGetsARefund() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    let invoices = try BinaryRunner.run(["export", "invoices", "--db", db]).stdout
    let orders = try BinaryRunner.run(["export", "orders", "--db", db]).stdout
    let cancellable = Set(
      orders.split(separator: "\n").filter {
        $0.contains("\"status\":\"pending\"") || $0.contains("\"status\":\"processing\"")
      }.compactMap { field("id", in: $0) })
    let paid = try #require(
      invoices.split(separator: "\n").first { line in
        line.contains("\"status\":\"paid\"")
          && field("order_id", in: line).map(cancellable.contains) == true
      })
    let order = try #require(field("order_id", in: paid))
    let output = try piped(["cancel order \(order)", "yes"], db: db)
    #expect(output.contains("refund R-"), "\(output)")
    let refunds = try piped(["refund status for order \(order)"], db: db, ["--role", "admin"])
    #expect(refunds.contains("approved"), "\(refunds)")
  }

  @Test func aSlotAnswerLogsTheMatchersOwnViewAndWhyExplainsTheQuestion() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    let output = try piped(["where is my order?", "1002", "/why"], db: db)
    #expect(output.contains("Decision: slot answer"), "\(output)")
    #expect(output.contains("\"Which order number?\" (order_id) for order_status"), "\(output)")
    #expect(output.contains("Matcher's view of the line: "), "\(output)")
    let answer = try #require(try userRows(db).last)
    #expect(answer["decision"] as? String == "slot_answer")
    #expect(answer["intent"] as? String == "order_status")
    #expect(answer["confidence"] is NSNull, "no confidence was computed for the slot answer")
    let classified = try classify(["1002"])[0]
    #expect(answer["matcher_intent"] as? String == classified.intent)
    #expect(rounded(answer["matcher_confidence"]) == classified.confidence)
  }

  @Test func everyLoggedLineCarriesItsDecisionAndTheMatchersViewOfIt() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    let lines = [
      "hi", "where is my order?", "1002", "and 1003?", "cancel it", "no", "tell me a joke",
      "営業時間は？", "how many leave days does Sato have?",
    ]
    _ = try piped(lines, db: db)
    let rows = try userRows(db)
    #expect(rows.count == lines.count)
    let classified = try classify(lines)
    for (row, expected) in zip(rows, classified) {
      #expect(row["matcher_intent"] as? String == expected.intent, "\(row)")
      #expect(rounded(row["matcher_confidence"]) == expected.confidence, "\(row)")
    }
    let kinds = rows.map { $0["decision"] as? String ?? "-" }
    #expect(
      kinds == [
        "new_request", "new_request", "slot_answer", "follow_up", "new_request", "declined",
        "out_of_scope", "new_request", "refused",
      ])
  }

  @Test func theBotsRowSaysWhatWasDoneWithTheRecords() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    _ = try piped(["where is order 1002", "cancel order 1003", "yes"], db: db, ["--as", "C-1001"])
    let bots = try messages(db).filter { ($0["speaker"] as? String) == "bot" }
    #expect((bots[0]["actions"] as? String)?.contains("order.read 1002") == true, "\(bots[0])")
    #expect((bots[2]["actions"] as? String)?.contains("order.cancel 1003") == true, "\(bots[2])")
  }

  @Test func aCardNumberIsMaskedInTheLogAndNeverEchoed() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    let output = try piped(
      ["my card is 4111 1111 1111 1111, please charge it", "カード番号は4111-1111-1111-1111です"], db: db)
    #expect(!output.contains("4111 1111"))
    #expect(output.contains("card numbers"))
    #expect(output.contains("カード番号はチャットに入力しないでください"))
    let export = try BinaryRunner.run(["export", "messages", "--db", db]).stdout
    #expect(!export.contains("4111 1111 1111"))
    #expect(!export.contains("4111-1111-1111"))
    #expect(export.contains("**** **** **** 1111"))
    #expect(export.contains("****-****-****-1111"))
    let bytes = try #require(FileManager.default.contents(atPath: db))
    #expect(bytes.range(of: Data("4111 1111 1111 1111".utf8)) == nil)
  }

  @Test func whyInANewCustomersSessionShowsNothingOfThePreviousOne() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let output = try piped(
      ["/as C-1001", "change my phone number to 090-9876-5432", "no", "/as C-1003", "/why"],
      db: folder.file("a.sqlite"), ["--agent", "mia"])
    #expect(output.hasSuffix("Nothing to explain yet: type a question first.\n"), "\(output)")
    #expect(!output.contains("Last line: no"))
  }

  @Test func theReadmesTranscriptExampleRunsAsWritten() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let readme = try String(
      contentsOfFile: RepositoryPaths.root + "/README.md", encoding: .utf8)
    let section = try #require(readme.range(of: "## Transcripts"))
    let start = try #require(
      readme.range(of: "```chat\n", range: section.upperBound..<readme.endIndex))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    let path = folder.file("readme.chat")
    try String(readme[start.upperBound..<end.lowerBound]).write(
      toFile: path, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["test", path, "--db", folder.file("t.sqlite")])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.hasSuffix(" passed, 0 failed\n"), "\(result.stdout)")
  }

  @Test func theReportCountsAbandonedConversationsApartFromContainedOnes() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("a.sqlite")
    // One resolved, one abandoned (a question left unanswered), one escalated.
    _ = try piped(
      ["what are your opening hours?", "/end", "where is my order?", "/end", "I want a human"],
      db: db)
    let report = try BinaryRunner.run(["report", "--db", db, "--since", "0d"])
    #expect(report.status == 0, "\(report.stderr)")
    let summary = try #require(
      report.stdout.split(separator: "\n").first { $0.hasPrefix("conversations ") })
    #expect(
      summary.hasPrefix(
        "conversations 3, user turns 3, containment 33.3%, escalation 33.3%, abandoned 33.3%"),
      "\(report.stdout)")
  }

  // MARK: - Helpers

  private func classify(_ lines: [String]) throws -> [(intent: String, confidence: Double)] {
    let result = try BinaryRunner.run(
      ["classify", "--json", "--intents", RepositoryPaths.intents],
      stdin: lines.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    return try result.stdout.split(separator: "\n").map { line in
      let object = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return (object["intent"] as? String ?? "", object["confidence"] as? Double ?? -1)
    }
  }

  /// A logged confidence with the four decimals `classify --json` prints.
  private func rounded(_ value: Any?) -> Double? {
    (value as? Double).map { ($0 * 10_000).rounded() / 10_000 }
  }

  private func field(_ name: String, in line: Substring) -> String? {
    guard let range = line.range(of: "\"\(name)\":\"") else { return nil }
    return String(line[range.upperBound...].prefix { $0 != "\"" })
  }
}
