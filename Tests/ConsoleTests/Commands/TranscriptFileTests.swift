import Foundation
import TestSupport
import Testing

@testable import Console

/// Where `/save` may write: new regular `*.chat` files, or a replacement when asked.
@Suite struct TranscriptFileTests {
  @Test(arguments: ["notes.txt", ".chat", "folder.chat/", "chat"])
  func aNameNotEndingInChatIsRefused(name: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file(name)
    #expect(throws: TranscriptFile.Failure.notChat(path: path)) {
      try TranscriptFile.write("x", to: path, replacing: true)
    }
  }

  @Test func writesANewFileAndReplacesOnlyWhenAsked() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("a.chat")
    try TranscriptFile.write("one\n", to: path, replacing: false)
    #expect(throws: TranscriptFile.Failure.exists(path: path)) {
      try TranscriptFile.write("two\n", to: path, replacing: false)
    }
    try TranscriptFile.write("three\n", to: path, replacing: true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "three\n")
    // No temporary file is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.chat"])
  }

  @Test func aMissingFolderIsOneLine() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("missing/a.chat")
    #expect(
      throws: TranscriptFile.Failure.cannotWrite(path: path, reason: "No such file or directory")
    ) {
      try TranscriptFile.write("x", to: path, replacing: false)
    }
    #expect(
      TranscriptFile.Failure.cannotWrite(path: path, reason: "No such file or directory")
        .description == "cannot save to \(path): No such file or directory")
  }
}
