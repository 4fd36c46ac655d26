import Foundation
import TestSupport
import Testing

/// A file that cannot be written or read is one line on stderr naming what and where, exit 2;
/// never Foundation's `Error Domain=NSCocoaErrorDomain ...` dump.
struct OneLineErrorTests {
  /// Checks the run ended with one `switchboard: ...` line holding every piece of `expected`.
  private static func expectOneLine(
    _ result: BinaryResult, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let lines = result.stderr.split(separator: "\n")
    #expect(result.status == 2, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(lines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("switchboard: "), sourceLocation: sourceLocation)
    #expect(!result.stderr.contains("Domain="), "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(!result.stderr.contains("NSCocoa"), "\(result.stderr)", sourceLocation: sourceLocation)
    for piece in expected {
      #expect(result.stderr.contains(piece), "\(result.stderr)", sourceLocation: sourceLocation)
    }
  }

  /// A folder holding a regular file `plain`: nothing can be created under `plain/`.
  private static func folderWithAFile() throws -> (TemporaryFolder, String) {
    let folder = TemporaryFolder()
    let plain = folder.file("plain")
    try Data("x".utf8).write(to: URL(fileURLWithPath: plain))
    return (folder, plain)
  }

  @Test func intentsImportIntoAnUnwritableOut() throws {
    let (folder, plain) = try Self.folderWithAFile()
    defer { folder.remove() }
    let csv = folder.file("l.csv")
    try Data("text,intent\nhello,greeting\n".utf8).write(to: URL(fileURLWithPath: csv))
    let result = try BinaryRunner.run(["intents", "import", csv, "--out", plain + "/catalog"])
    Self.expectOneLine(result, ["--out", plain + "/catalog", "not a directory"])
  }

  @Test func reportHTMLOntoAFolder() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["report", "--db", folder.file("x.sqlite"), "--html", folder.path])
    Self.expectOneLine(result, ["--html", folder.path, "is a folder"])
  }

  @Test func reportHTMLUnderAFile() throws {
    let (folder, plain) = try Self.folderWithAFile()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["report", "--db", folder.file("x.sqlite"), "--html", plain + "/r.html"])
    Self.expectOneLine(result, ["--html", plain + "/r.html", "not a directory"])
  }

  @Test func anUnwritableTMPDIR() throws {
    let (folder, plain) = try Self.folderWithAFile()
    defer { folder.remove() }
    // Transcripts run on in-memory copies; a named database is first copied to a temporary
    // folder, which TMPDIR places.
    let db = folder.file("x.sqlite")
    _ = try BinaryRunner.run(["export", "products", "--db", db])
    let result = try BinaryRunner.run(
      ["test", RepositoryPaths.root + "/Tests/Transcripts/faq_en.chat", "--db", db],
      environment: ["TMPDIR": plain])
    Self.expectOneLine(result, ["TMPDIR", plain])
  }

  @Test func aFolderOnStandardInput() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let paths = (output: folder.file("out"), error: folder.file("err"))
    let status = try ChildProcess.run(
      RepositoryPaths.binary, ["--db", folder.file("x.sqlite")], input: .file(folder.path),
      output: .file(paths.output), error: .file(paths.error), timeout: 60)
    let result = BinaryResult(
      stdout: (try? String(contentsOfFile: paths.output, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: paths.error, encoding: .utf8)) ?? "", status: status)
    Self.expectOneLine(result, ["stdin", "folder"])
  }
}
