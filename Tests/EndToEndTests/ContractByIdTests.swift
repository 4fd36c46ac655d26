import Foundation
import TestSupport
import Testing

/// A contract named by its id (`K-1001`) is answered without asking whose it is; a customer
/// learns nothing about another customer's contract.
@Suite(.serialized) struct ContractByIdTests {
  static func ask(_ line: String, _ arguments: [String], db: String) throws -> [String: Any] {
    let result = try BinaryRunner.run(["ask", "--json", line, "--db", db] + arguments)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test(arguments: [
    ("when does contract K-1001 end?", "Contract K-1001 (Office Equipment Lease"),
    ("K-1002", "Contract K-1002 (Premium Support Plan"),
    ("契約K-1001の期限は？", "契約K-1001（Office Equipment Lease"),
  ])
  func anAgentGetsTheContractNamedByItsId(line: String, answer: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let reply = try Self.ask(line, ["--role", "agent"], db: folder.file("x.sqlite"))
    #expect(reply["intent"] as? String == "contract_renewal")
    let response = try #require(reply["response"] as? String)
    #expect(response.hasPrefix(answer), "\(response)")
    #expect((reply["slots"] as? [String: String])?["customer_id"] != nil)
  }

  @Test func aCustomerIsNotToldWhoseAnotherContractIs() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    // K-1002 belongs to C-1004.
    let reply = try Self.ask(
      "when does contract K-1002 end?", ["--as", "C-1001"], db: folder.file("x.sqlite"))
    let response = try #require(reply["response"] as? String)
    #expect(!response.contains("Premium Support Plan"), "\(response)")
    #expect(!response.contains("C-1004"), "\(response)")
  }

  @Test func anUnknownContractIdIsNamedInTheAnswer() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let result = try BinaryRunner.run(
      ["--db", db, "--role", "agent"], stdin: "when does contract K-9999 end?\nC-1001\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("K-9999"), "\(result.stdout)")
    #expect(!result.stdout.contains("Office Equipment Lease"), "\(result.stdout)")
  }
}
