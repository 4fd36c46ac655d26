import Foundation
import TestSupport
import Testing

/// Contact details identify a customer: no customer can take another customer's email address
/// (in any letter case) or phone number, and the attempt changes nothing.
@Suite struct ContactUniquenessTests {
  /// The exported customer rows by id.
  static func customers(_ db: String) throws -> [String: [String: Any]] {
    let result = try BinaryRunner.run(["export", "customers", "--role", "admin", "--db", db])
    var rows: [String: [String: Any]] = [:]
    for line in result.stdout.split(separator: "\n") {
      if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = object["id"] as? String
      {
        rows[id] = object
      }
    }
    return rows
  }

  /// The last line a piped session printed.
  static func last(_ arguments: [String], _ input: String, db: String) throws -> String {
    let result = try BinaryRunner.run(arguments + ["--db", db], stdin: input)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return String(result.stdout.split(separator: "\n").last ?? "")
  }

  @Test func aCustomerCannotTakeAnotherCustomersEmail() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let before = try Self.customers(db)
    for email in ["taro.yamada@example.jp", "Taro.Yamada@Example.JP"] {
      let reply = try Self.last(
        ["--as", "C-1001"], "change my email to \(email)\nyes\n", db: db)
      #expect(
        reply == "\"\(email)\" can't be used for this account, so nothing was changed.",
        "\(reply)")
    }
    let after = try Self.customers(db)
    #expect(after["C-1001"]?["email"] as? String == before["C-1001"]?["email"] as? String)
    // A new address of one's own still goes through.
    let reply = try Self.last(
      ["--as", "C-1001"], "change my email to emily.new@example.com\nyes\n", db: db)
    #expect(reply == "Done: C-1001 now has email emily.new@example.com.")
  }

  @Test func anAgentCannotGiveOneCustomerAnothersPhone() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let before = try Self.customers(db)
    let phone = try #require(before["C-1002"]?["phone"] as? String)
    let reply = try Self.last(
      ["--role", "agent"], "update contact details for C-1001: the phone is now \(phone)\nyes\n",
      db: db)
    #expect(
      reply == "\"\(phone)\" is already the phone of C-1002, so nothing was changed.", "\(reply)")
    let after = try Self.customers(db)
    #expect(after["C-1001"]?["phone"] as? String == before["C-1001"]?["phone"] as? String)
  }
}
