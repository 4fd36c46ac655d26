import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Piped mode commits turns in groups, but a reply is shown only once its turn is in the
/// database, and a writer that waits for each reply before the next line gets it at once.
@Suite(.serialized) struct GroupCommitTests {
  @Test func eachReplyAppearsOnlyAfterItsTurnIsCommitted() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    #expect(try BinaryRunner.run(["--db", db], stdin: "").status == 0)  // create and seed

    var ends = ChildProcess.closeOnExecPipe()
    let output = folder.file("out")
    let console = try ChildProcess.start(
      RepositoryPaths.binary, ["--db", db], input: .descriptor(ends.read), output: .file(output),
      error: .file(folder.file("err")))
    close(ends.read)
    defer { close(ends.write) }

    func send(_ line: String) {
      _ = Array((line + "\n").utf8).withUnsafeBytes { write(ends.write, $0.baseAddress, $0.count) }
    }
    func waitForOutput(lines: Int) -> [Substring] {
      let deadline = Date().addingTimeInterval(60)
      var text = ""
      repeat {
        text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        if text.split(separator: "\n").count >= lines { break }
        usleep(20_000)
      } while Date() < deadline
      return text.split(separator: "\n")
    }
    func loggedMessages() throws -> Int {
      try BinaryRunner.run(["export", "messages", "--db", db]).stdout.split(separator: "\n").count
    }

    send("what are your opening hours?")
    #expect(waitForOutput(lines: 1).first?.contains("Monday to Friday") == true)
    #expect(try loggedMessages() == 2)

    send("do you take credit cards")
    #expect(waitForOutput(lines: 2).last?.contains("Visa") == true)
    #expect(try loggedMessages() == 4)

    close(ends.write)
    ends.write = -1
    #expect(try console.wait(timeout: 60) == 0)
  }
}
