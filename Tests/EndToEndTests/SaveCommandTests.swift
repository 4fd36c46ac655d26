import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `/save FILE.chat` writes a transcript and nothing else: not in a customer session, only to a
/// regular `*.chat` file, never over an existing file unless `/save! FILE`, never into a FIFO, a
/// device or through a symbolic link. Every refusal is one line.
@Suite struct SaveCommandTests {
  /// A piped session as `arguments` that says hi and then types `command`.
  static func session(_ command: String, _ arguments: [String], db: String) throws -> BinaryResult {
    try BinaryRunner.run(arguments + ["--db", db], stdin: "hi\n\(command)\n")
  }

  static func text(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func aCustomerCannotSaveAndNothingIsOverwritten() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let victim = folder.file("victim.txt")
    try "keep me\n".write(toFile: victim, atomically: false, encoding: .utf8)
    for command in ["/save \(victim)", "/save! \(victim)", "/save \(folder.file("a.chat"))"] {
      let result = try Self.session(command, ["--as", "C-1003"], db: folder.file("x.sqlite"))
      #expect(result.status != 0)
      #expect(result.stderr.hasSuffix("/save is not available in a customer session.\n"))
    }
    #expect(Self.text(victim) == "keep me\n")
    #expect(!FileManager.default.fileExists(atPath: folder.file("a.chat")))
  }

  @Test func staffSaveOnlyNewChatFilesUnlessTheyAskToReplace() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let victim = folder.file("victim.txt")
    try "keep me\n".write(toFile: victim, atomically: false, encoding: .utf8)
    let notChat = try Self.session("/save \(victim)", ["--role", "agent"], db: db)
    #expect(notChat.status != 0)
    #expect(
      notChat.stderr.hasSuffix(
        "cannot save to \(victim): a transcript's file name ends in .chat\n"))
    #expect(Self.text(victim) == "keep me\n")

    let path = folder.file("session.chat")
    let saved = try Self.session("/save \(path)", ["--role", "agent"], db: db)
    #expect(saved.status == 0, "\(saved.stdout)")
    #expect(saved.stdout.hasSuffix("Saved 1 turns to \(path).\n"))
    #expect(Self.text(path)?.contains("> hi") == true)

    try "# mine\n".write(toFile: path, atomically: false, encoding: .utf8)
    let again = try Self.session("/save \(path)", ["--role", "agent"], db: db)
    #expect(again.status != 0)
    #expect(
      again.stderr.hasSuffix(
        "cannot save to \(path): it exists; type /save! \(path) to replace it\n"))
    #expect(Self.text(path) == "# mine\n")
    let replaced = try Self.session("/save! \(path)", ["--role", "agent"], db: db)
    #expect(replaced.status == 0, "\(replaced.stdout)")
    #expect(Self.text(path)?.contains("> hi") == true)
  }

  @Test func noFIFODeviceOrLinkIsFollowed() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let fifo = folder.file("pipe.chat")
    #expect(mkfifo(fifo, 0o600) == 0)
    let device = folder.file("null.chat")
    try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/null")
    let target = folder.file("target.chat")
    try "# target\n".write(toFile: target, atomically: false, encoding: .utf8)
    let link = folder.file("link.chat")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let dangling = folder.file("dangling.chat")
    try FileManager.default.createSymbolicLink(
      atPath: dangling, withDestinationPath: folder.file("created.chat"))
    for path in [fifo, device, link, dangling] {
      let plain = try Self.session("/save \(path)", ["--role", "agent"], db: db)
      #expect(plain.status != 0, "\(path)")
      #expect(
        plain.stderr.hasSuffix(
          "cannot save to \(path): it exists; type /save! \(path) to replace it\n"),
        "\(plain.stderr)")
      let forced = try Self.session("/save! \(path)", ["--role", "agent"], db: db)
      #expect(forced.status != 0, "\(path)")
      #expect(
        forced.stderr.hasSuffix("cannot save to \(path): not a regular file\n"), "\(forced.stderr)")
    }
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    #expect(Self.text(target) == "# target\n")
    #expect(!FileManager.default.fileExists(atPath: folder.file("created.chat")))
    let directory = folder.file("folder.chat")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    let forced = try Self.session("/save! \(directory)", ["--role", "agent"], db: db)
    #expect(forced.stderr.hasSuffix("cannot save to \(directory): not a regular file\n"))
  }
}
