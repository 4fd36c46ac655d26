import Foundation
import TestSupport
import Testing

/// The exit status of a piped run, as the README's "Exit status" section states it.
struct PipedExitStatusTests {
  @Test func anUnknownCommandAnswersTheRestAndExitsOneAsDocumented() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite")], stdin: "hello\n/nosuch\nwhat are your opening hours?\n")
    #expect(result.status == 1)
    #expect((result.stdout + result.stderr).contains("Unknown command /nosuch."))
    #expect(result.stdout.contains("Monday to Friday"))

    let readme = try String(contentsOfFile: RepositoryPaths.root + "/README.md", encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "## Exit status").dropFirst().first)
    #expect(section.contains("unknown `/command`"))
  }

  @Test func aRunWhoseLinesWereAllHandledExitsZero() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite")], stdin: "hello\n/help\nthanks\n")
    #expect(result.status == 0, "\(result.stderr)")
  }
}
