import GRDB

extension StoreError {
  /// A ``StoreError`` for any error thrown while using the database at `path`.
  ///
  /// `opening` marks errors raised while opening or migrating the file, which name the path.
  init(wrapping error: any Error, path: String, opening: Bool = false) {
    if let error = error as? StoreError {
      self = error
      return
    }
    guard let error = error as? DatabaseError else {
      self.init(.failed, message: "database \(path): \(Self.oneLine(String(describing: error)))")
      return
    }
    let reason = Self.oneLine(error.message ?? "\(error.resultCode)")
    switch error.resultCode.primaryResultCode {
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

  private static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
