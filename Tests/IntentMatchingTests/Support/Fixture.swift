import Foundation

/// Paths of the test fixtures (`Tests/IntentMatchingTests/Fixtures/...`).
enum Fixture {
  /// The fixtures folder.
  static let directory: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures").path
  }()

  /// The path of a fixture file or folder.
  static func path(_ relative: String) -> String { directory + "/" + relative }

  /// The text of a fixture file.
  static func text(_ relative: String) throws -> String {
    try String(contentsOfFile: path(relative), encoding: .utf8)
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("intent-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
