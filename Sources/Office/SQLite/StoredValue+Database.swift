import GRDB

extension StoredValue {
  /// A value SQLite stored (a blob, which no record holds, reads as null).
  init(_ value: DatabaseValue) {
    switch value.storage {
    case .null, .blob: self = .null
    case .int64(let number): self = .integer(number)
    case .double(let number): self = .real(number)
    case .string(let text): self = .text(text)
    }
  }
}
