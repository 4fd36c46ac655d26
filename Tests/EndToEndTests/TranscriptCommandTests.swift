import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct TranscriptCommandTests {
  @Test func theRepositoryTranscriptsPass() throws {
    let files = RepositoryPaths.transcripts
    #expect(!files.isEmpty)
    let result = try BinaryRunner.run(["test"] + files)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix(" 0 failed\n"))
  }

  @Test func failingCasesNameTheirFileAndLine() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("bad.chat")
    try """
    # two cases, one fails
    > hello
    = greeting
    < nothing like this
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["test", path])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "\(path):4: expected the reply to contain 'nothing like this', got '"))
    #expect(result.stdout.hasSuffix("1 passed, 1 failed\n"))
  }

  @Test func aSavedConsoleSessionReplays() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let saved = folder.file("saved.chat")
    let session = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite")],
      stdin: "hello\ndo you ship abroad\n保証期間は？\n/save \(saved)\n")
    #expect(session.status == 0, "\(session.stderr)")
    let replay = try BinaryRunner.run(["test", saved])
    #expect(replay.status == 0, "\(replay.stdout)")
    #expect(replay.stdout == "6 passed, 0 failed\n")
  }

  @Test func aDirectoryRunsEveryTranscriptUnderIt() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.file("more"), withIntermediateDirectories: true)
    for name in ["a.chat", "more/b.chat"] {
      try "> hello\n= greeting\n".write(
        toFile: folder.file(name), atomically: true, encoding: .utf8)
    }
    try "not a transcript".write(
      toFile: folder.file("notes.txt"), atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["test", folder.path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "2 passed, 0 failed\n")
  }

  @Test func aMissingFileOrATranscriptlessDirectoryIsAOneLineError() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let missing = folder.file("missing.chat")
    let absent = try BinaryRunner.run(["test", missing])
    #expect(absent.status == 2)
    #expect(absent.stdout == "")
    #expect(absent.stderr == "switchboard: \(missing): no such file or directory\n")
    let empty = try BinaryRunner.run(["test", folder.path])
    #expect(empty.status == 2)
    #expect(
      empty.stderr == "switchboard: \(folder.path): no transcripts (*.chat) in the directory\n")
  }

  @Test func aParseErrorPrintsItsPathOnce() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("broken.chat")
    try "> hi\nhello\n".write(toFile: path, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["test", path])
    #expect(result.status == 1)
    #expect(
      result.stdout
        == "\(path):2:1: error: unexpected line: expected '>', '=', '<', '@', '#' or '---'\n"
        + "hello\n^\n0 passed, 1 failed\n")
  }

  @Test func noWorkersIsAnError() throws {
    let result = try BinaryRunner.run(["test", "-j", "0", "x.chat"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("-j"))
  }
}
