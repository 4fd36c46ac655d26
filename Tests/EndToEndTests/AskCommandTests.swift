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

  @Test func anUnknownRoleIsAClearError() throws {
    let result = try BinaryRunner.run(["ask", "hello", "--role", "wizard"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--role"))
  }
}
