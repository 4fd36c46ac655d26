import Foundation
import Office

/// How a command opens its database: as usual (created, migrated and seeded on first use), or
/// read-only when it only reads or may not write the file.
enum StoreOpening {
  /// Whether the database at `path` exists and this process may not write it or its folder
  /// (where SQLite keeps the `-wal` and `-shm` files).
  static func isReadOnly(_ path: String) -> Bool {
    guard FileManager.default.fileExists(atPath: path) else { return false }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return access(path, W_OK) != 0 || access(folder, W_OK) != 0
  }

  /// The store for a command that only reads: an existing, migrated file is opened read-only;
  /// a new or older file is opened as usual (created, seeded or migrated), which needs writing.
  static func forReading(_ path: String) throws(StoreError) -> SQLiteStore {
    guard FileManager.default.fileExists(atPath: path) else { return try SQLiteStore(path: path) }
    do {
      return try SQLiteStore(readingOnly: path)
    } catch {
      if isReadOnly(path) { throw error }
      return try SQLiteStore(path: path)
    }
  }
}
