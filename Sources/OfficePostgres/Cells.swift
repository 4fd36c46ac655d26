import Foundation
import Office
import PostgresNIO

/// One row's columns by name, decoded into Swift values; a value of the wrong type is a
/// ``StoreError`` naming the column.
struct Cells {
  private let row: PostgresRandomAccessRow

  init(_ row: PostgresRow) {
    self.row = row.makeRandomAccess()
  }

  private func decode<T: PostgresDecodable>(_ column: String, as type: T.Type)
    throws(StoreError) -> T
  {
    do {
      return try row[column].asSent.decode(T.self)
    } catch {
      throw StoreError(
        .failed, message: "PostgreSQL: column \(column) could not be read as \(T.self)")
    }
  }

  func text(_ column: String) throws(StoreError) -> String { try decode(column, as: String.self) }
  func optionalText(_ column: String) throws(StoreError) -> String? {
    try decode(column, as: String?.self)
  }
  func int(_ column: String) throws(StoreError) -> Int64 { try decode(column, as: Int64.self) }
  func optionalInt(_ column: String) throws(StoreError) -> Int64? {
    try decode(column, as: Int64?.self)
  }
  func double(_ column: String) throws(StoreError) -> Double? {
    try decode(column, as: Double?.self)
  }
  func bool(_ column: String) throws(StoreError) -> Bool { try int(column) != 0 }
  func moment(_ column: String) throws(StoreError) -> Date? {
    try optionalText(column).flatMap(StoredTime.date)
  }
}

extension PostgresCell {
  /// The cell in the format its bytes are in. postgres-nio asks the server for every column in
  /// binary, but the rows of a statement it prepared (``PreparedStatements``) carry the
  /// statement's description, whose columns say text.
  var asSent: PostgresCell {
    var cell = self
    cell.format = .binary
    return cell
  }
}
