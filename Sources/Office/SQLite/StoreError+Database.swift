import Foundation
import GRDB

extension StoreError {
  /// A ``StoreError`` for any error thrown while using the database at `path`.
  ///
  /// `opening` marks errors raised while opening or migrating the file, which name the path.
  /// An I/O error or a full database on a file system with almost no room left says the disk is
  /// full: SQLite reports a full disk while it sets up its WAL index as "disk I/O error".
  init(
    wrapping error: any Error, path: String, opening: Bool = false,
    freeBytes: (String) -> Int? = StoreError.freeBytes(near:)
  ) {
    if let error = error as? StoreError {
      self = error
      return
    }
    guard let error = error as? DatabaseError else {
      self.init(.failed, message: "database \(path): \(Self.oneLine(String(describing: error)))")
      return
    }
    var reason = Self.oneLine(error.message ?? "\(error.resultCode)")
    let code = error.resultCode.primaryResultCode
    if code == .SQLITE_IOERR || code == .SQLITE_FULL, let free = freeBytes(path),
      free < Self.nearlyFull
    {
      reason = "the disk is full (\(free) bytes free; \(reason))"
    }
    switch code {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      self.init(.busy, message: "database \(path) is busy (locked by another process): \(reason)")
    case .SQLITE_CANTOPEN, .SQLITE_NOTADB, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_CORRUPT:
      self.init(.cannotOpen(path: path), message: "cannot open database \(path): \(reason)")
    default:
      if opening {
        self.init(.cannotOpen(path: path), message: "cannot open database \(path): \(reason)")
      } else {
        self.init(.failed, message: "database \(path): \(reason)")
      }
    }
  }

  /// Below this many free bytes a file system counts as full.
  static let nearlyFull = 1 << 20

  /// The bytes free to this process on the file system holding `path` (or its folder).
  static func freeBytes(near path: String) -> Int? {
    var url = URL(fileURLWithPath: path)
    for _ in 0..<2 {
      var info = statvfs()
      if statvfs(url.path, &info) == 0 { return Int(info.f_bavail) * Int(info.f_frsize) }
      url.deleteLastPathComponent()
    }
    return nil
  }

  private static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
