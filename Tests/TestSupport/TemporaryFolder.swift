import Foundation

/// A fresh folder under the system's temporary directory, removed by ``remove()``.
public struct TemporaryFolder {
  /// The folder's path.
  public let path: String

  /// Creates a new, empty folder.
  public init() {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("switchboard-tests-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// `path/name`.
  public func file(_ name: String) -> String { path + "/" + name }

  /// Deletes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
