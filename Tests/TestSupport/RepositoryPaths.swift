import Foundation

/// Paths inside this checkout, derived from this file's location.
public enum RepositoryPaths {
  /// The checkout's root folder.
  public static let root: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
  }()

  /// The built-in intent catalog.
  public static var intents: String { root + "/intents" }

  /// The repository's transcript files.
  public static var transcripts: [String] {
    let folder = root + "/Tests/Transcripts"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".chat") }.sorted().map { folder + "/" + $0 }
  }

  /// The debug binary `swift build` writes (override with `$SWITCHBOARD_BIN`).
  public static var binary: String {
    if let path = ProcessInfo.processInfo.environment["SWITCHBOARD_BIN"], !path.isEmpty {
      return path
    }
    return root + "/.build/debug/switchboard"
  }
}
