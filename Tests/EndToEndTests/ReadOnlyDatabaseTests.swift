import Foundation
import TestSupport
import Testing

/// A database this process may read but not write (a file or a folder without write permission;
/// for root, which ignores permissions, the immutable attribute) can be reported on and exported.
@Suite(.serialized, .enabled(if: ReadOnlyPaths.available, "cannot make a file read-only here"))
struct ReadOnlyDatabaseTests {
  /// A demo database at `folder/db/x.sqlite`, closed (no WAL beside it).
  private static func database(in folder: TemporaryFolder) throws -> String {
    try FileManager.default.createDirectory(
      atPath: folder.file("db"), withIntermediateDirectories: true)
    let db = folder.file("db/x.sqlite")
    let created = try BinaryRunner.run(["ask", "what are your opening hours?", "--db", db])
    #expect(created.status == 0, "\(created.stderr)")
    return db
  }

  private static func expectReportAndExport(
    _ db: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let report = try BinaryRunner.run(["report", "--db", db])
    #expect(report.status == 0, "\(report.stderr)", sourceLocation: sourceLocation)
    #expect(
      report.stdout.contains("conversations 1"), "\(report.stdout)", sourceLocation: sourceLocation)

    let export = try BinaryRunner.run(["export", "customers", "--db", db])
    #expect(export.status == 0, "\(export.stderr)", sourceLocation: sourceLocation)
    #expect(export.stdout.contains("\"id\":\"C-1001\""), sourceLocation: sourceLocation)
    #expect(
      export.stderr.split(separator: "\n") == [
        "switchboard: note: \(db) is read-only; this export is not in its audit log"
      ], "\(export.stderr)", sourceLocation: sourceLocation)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: db)) == before, sourceLocation: sourceLocation)
  }

  @Test func aReadOnlyFile() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.database(in: folder)
    try ReadOnlyPaths.protect(db)
    defer { ReadOnlyPaths.release(db) }
    try Self.expectReportAndExport(db)
  }

  @Test func aFileInAReadOnlyFolder() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.database(in: folder)
    try ReadOnlyPaths.protect(db)
    try ReadOnlyPaths.protect(folder.file("db"))
    defer {
      ReadOnlyPaths.release(folder.file("db"))
      ReadOnlyPaths.release(db)
    }
    try Self.expectReportAndExport(db)
  }

  @Test func aWritableDatabaseIsStillAudited() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.database(in: folder)
    let export = try BinaryRunner.run(["export", "customers", "--db", db])
    #expect(export.status == 0)
    #expect(export.stderr.isEmpty, "\(export.stderr)")
  }
}

/// Makes paths read-only for this process: permissions for a normal user, the immutable attribute
/// (`chattr +i`) for root.
enum ReadOnlyPaths {
  static let isRoot = geteuid() == 0
  static let chattr = ["/usr/bin/chattr", "/bin/chattr"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Whether a path can be made read-only here (tried once on a scratch file).
  static let available: Bool = {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let probe = folder.file("probe")
    guard FileManager.default.createFile(atPath: probe, contents: Data("x".utf8)) else {
      return false
    }
    guard (try? protect(probe)) != nil else { return false }
    defer { release(probe) }
    return access(probe, W_OK) != 0
  }()

  static func protect(_ path: String) throws {
    if !isRoot {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      chmod(path, isFolder.boolValue ? 0o555 : 0o444)
      return
    }
    guard let chattr else { throw CocoaError(.featureUnsupported) }
    let status = try ChildProcess.run(chattr, ["+i", path], timeout: 10)
    guard status == 0 else { throw CocoaError(.featureUnsupported) }
  }

  static func release(_ path: String) {
    if !isRoot {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      chmod(path, isFolder.boolValue ? 0o755 : 0o644)
      return
    }
    if let chattr { _ = try? ChildProcess.run(chattr, ["-i", path], timeout: 10) }
  }
}
