import Foundation
import TestSupport
import Testing

/// On a terminal `db forget` asks first: anything but yes forgets nothing.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ForgetConfirmationTests {
  /// Runs `db forget C-1002` as admin in a terminal, answers `answer`, and returns the screen.
  static func answer(_ answer: String, db: String, status: String) throws -> String {
    let command =
      "LANG=C.UTF-8 TERM=xterm '\(RepositoryPaths.binary)' db forget C-1002 --role admin"
      + " --db '\(db)'; echo \"exit $?\" > '\(status)'; sleep 60"
    let terminal = try TmuxSession(command: command)
    try terminal.waitFor { $0.contains("Type yes to go on:") }
    try terminal.type(answer)
    try terminal.press("Enter")
    // Forgetting rewrites the file (VACUUM): on a loaded machine that can take a while.
    try terminal.waitFor(seconds: 240) { _ in FileManager.default.fileExists(atPath: status) }
    return try terminal.waitFor(seconds: 10) {
      $0.contains("Forgot C-1002:") || $0.contains("Nothing was forgotten.")
    }
  }

  @Test func anythingButYesForgetsNothing() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    #expect(try BinaryRunner.run(["db", "stats", "--db", db]).status == 0)
    let no = try Self.answer("no", db: db, status: folder.file("s1"))
    #expect(no.contains("Forget C-1002 (山田 太郎)?"), "\(no)")
    #expect(no.contains("Nothing was forgotten."), "\(no)")
    let customers = try BinaryRunner.run(["export", "customers", "--role", "admin", "--db", db])
    #expect(customers.stdout.contains("taro.yamada@example.jp"))

    let yes = try Self.answer("yes", db: db, status: folder.file("s2"))
    #expect(yes.contains("Forgot C-1002:"), "\(yes)")
    let after = try BinaryRunner.run(["export", "customers", "--role", "admin", "--db", db])
    #expect(!after.stdout.contains("taro.yamada@example.jp"))
  }
}
