import Foundation
import TestSupport
import Testing

/// A password reset tells only IT (and admin) whether an account exists and what state it is in:
/// any other staff role gets the same reply whatever name it gives (a ticket for IT to verify),
/// and a partial name never gathers the accounts of many people into one ticket.
@Suite struct PasswordResetTests {
  /// The reply to "I need a password reset" and then `account`, as `role`.
  static func reply(_ account: String, role: String, db: String) throws -> String {
    let result = try BinaryRunner.run(
      ["--role", role, "--db", db], stdin: "I need a password reset\n\(account)\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return String(result.stdout.split(separator: "\n").last ?? "")
  }

  /// The reply with the account name and ticket number taken out.
  static func shape(_ reply: String, _ account: String) -> String {
    reply.replacingOccurrences(of: " for \(account),", with: " for NAME,")
      .replacingOccurrences(of: #"T-\d+"#, with: "T-#", options: .regularExpression)
  }

  @Test(arguments: ["agent", "hr", "finance", "legal"])
  func aNonITRoleGetsTheSameReplyForAnyName(role: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let names = ["jking", "nobody", "k"]
    let replies = try names.map { try Self.reply($0, role: role, db: db) }
    let shapes = zip(replies, names).map { Self.shape($0, $1) }
    #expect(Set(shapes).count == 1, "\(replies)")
    for reply in replies {
      #expect(!reply.contains("priority"), "\(reply)")
      #expect(!reply.contains("couldn't find"), "\(reply)")
      #expect(!reply.contains("(email"), "\(reply)")
    }
    #expect(shapes[0].contains("for IT to verify"), "\(replies[0])")
  }

  @Test func itSeesTheAccountAndAPartialNameMatchesNone() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let exact = try Self.reply("jking", role: "it", db: db)
    #expect(exact.contains("Password reset for jking (email"), "\(exact)")
    let partial = try Self.reply("k", role: "it", db: db)
    #expect(partial.contains("couldn't find"), "\(partial)")
    #expect(!partial.contains("Password reset for"), "\(partial)")
    let nobody = try Self.reply("nobody", role: "it", db: db)
    #expect(nobody.contains("couldn't find"), "\(nobody)")
  }
}
