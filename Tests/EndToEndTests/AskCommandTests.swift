import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct AskCommandTests {
  @Test(arguments: [
    ("do you take credit cards", "payment_methods"),
    ("営業時間を教えてください", "business_hours"),
    ("what's the airspeed of an unladen swallow", "oos"),
  ])
  func printsTheContractsJSON(text: String, intent: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(["ask", "--json", text, "--db", folder.file("x.sqlite")])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["intent"] as? String == intent)
    let confidence = try #require(object["confidence"] as? Double)
    #expect((0...1).contains(confidence))
    #expect(object["slots"] is [String: String])
    #expect(!(try #require(object["response"] as? String)).isEmpty)
  }

  @Test func slotsAppearInTheJSON() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["ask", "--json", "what's the status of invoice INV-2001?", "--db", folder.file("x.sqlite")])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["slots"] as? [String: String])?["invoice_id"] == "INV-2001")
  }

  /// `ask` judges invoices on today's date, piped mode as stored: INV-1001 of the demo company is
  /// stored unpaid and was due on 2026-11-03, before any day this runs.
  @Test func askJudgesInvoicesOnTodayAndPipedModeAsStored() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let line = "has invoice INV-1001 been paid"
    let asked = try BinaryRunner.run(["ask", "--json", "--as", "C-1001", line, "--db", db])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(asked.stdout.utf8)) as? [String: Any])
    #expect((object["response"] as? String)?.contains("is overdue") == true, "\(asked.stdout)")
    let piped = try BinaryRunner.run(["--as", "C-1001", "--db", db], stdin: line + "\n")
    #expect(piped.stdout.contains("unpaid"), "\(piped.stdout)")
  }

  @Test func anUnknownRoleIsAClearError() throws {
    let result = try BinaryRunner.run(["ask", "hello", "--role", "wizard"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--role"))
  }
}
