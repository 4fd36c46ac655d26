import Foundation
import TestSupport
import Testing

/// The runner every end-to-end test starts programs with: exit codes, files, and deadlines.
struct ChildProcessTests {
  @Test func reportsTheExitStatusAndWritesOutputToAFile() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let status = try ChildProcess.run(
      "/bin/sh", ["-c", "echo hello; exit 3"], output: .file(folder.file("out")))
    #expect(status == 3)
    #expect(try String(contentsOfFile: folder.file("out"), encoding: .utf8) == "hello\n")
  }

  @Test func aChildPastItsDeadlineIsKilledWithItsChildren() throws {
    let started = Date()
    #expect(throws: ChildProcessTimeout.self) {
      try ChildProcess.run("/bin/sh", ["-c", "sleep 30 & sleep 30"], timeout: 0.5)
    }
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test func aChildWhoseWorkIsDoneIsStoppedWithoutAnError() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let marker = folder.file("done")
    let status = try ChildProcess.run(
      "/bin/sh", ["-c", "touch '\(marker)'; sleep 30"], timeout: 20,
      finishedEarly: { FileManager.default.fileExists(atPath: marker) })
    #expect(status == 0)
  }
}
