import Foundation
import Office
import PostgresNIO

/// One row's columns by name, decoded into Swift values; a value of the wrong type is a
/// ``StoreError`` naming the column.
///
/// A row is a row of the server's answer, or an object of a JSON array the server built of a
/// statement's rows (``objects(_:)``, so that one statement answers for several reads), read the
/// same way by the same record decoders.
struct Cells {
  private enum Source {
    case row(PostgresRandomAccessRow)
    /// One object of a JSON array (`json_agg` of rows), by column name.
    case object([String: Any])
  }

  private let source: Source

  init(_ row: PostgresRow) {
    source = .row(row.makeRandomAccess())
  }

  private init(object: [String: Any]) {
    source = .object(object)
  }

  /// The rows in the JSON array of `column` (`json_agg` of rows, null for none), as cells.
  func objects(_ column: String) throws(StoreError) -> [Cells] {
    guard let text = try optionalText(column) else { return [] }
    guard
      let objects = (try? JSONSerialization.jsonObject(with: Data(text.utf8)))
        as? [[String: Any]]
    else {
      throw StoreError(
        .failed, message: "PostgreSQL: column \(column) is not a JSON array of rows")
    }
    return objects.map(Cells.init(object:))
  }

  private func decode<T: PostgresDecodable>(_ column: String, as type: T.Type)
    throws(StoreError) -> T
  {
    guard case .row(let row) = source else { throw unreadable(column, as: T.self) }
    do {
      return try row[column].asSent.decode(T.self)
    } catch {
      throw unreadable(column, as: T.self)
    }
  }

  /// The value of `column` in a JSON object: nil for null (or a column the object lacks).
  private func json(_ column: String) -> Any? {
    guard case .object(let object) = source, let value = object[column], !(value is NSNull)
    else { return nil }
    return value
  }

  private var isObject: Bool {
    if case .object = source { return true }
    return false
  }

  private func unreadable<T>(_ column: String, as type: T.Type) -> StoreError {
    StoreError(.failed, message: "PostgreSQL: column \(column) could not be read as \(T.self)")
  }

  func text(_ column: String) throws(StoreError) -> String {
    guard isObject else { return try decode(column, as: String.self) }
    guard let text = json(column) as? String else { throw unreadable(column, as: String.self) }
    return text
  }

  func optionalText(_ column: String) throws(StoreError) -> String? {
    guard isObject else { return try decode(column, as: String?.self) }
    guard let value = json(column) else { return nil }
    guard let text = value as? String else { throw unreadable(column, as: String.self) }
    return text
  }

  func int(_ column: String) throws(StoreError) -> Int64 {
    guard let number = try optionalInt(column) else { throw unreadable(column, as: Int64.self) }
    return number
  }

  func optionalInt(_ column: String) throws(StoreError) -> Int64? {
    guard isObject else { return try decode(column, as: Int64?.self) }
    guard let value = json(column) else { return nil }
    guard let number = value as? NSNumber, let integer = Int64(exactly: number.doubleValue) else {
      throw unreadable(column, as: Int64.self)
    }
    // Beyond 2^53 a double loses digits: take the integer the parser kept.
    return abs(integer) < 1 << 53 ? integer : number.int64Value
  }

  func double(_ column: String) throws(StoreError) -> Double? {
    guard isObject else { return try decode(column, as: Double?.self) }
    guard let value = json(column) else { return nil }
    guard let number = value as? NSNumber else { throw unreadable(column, as: Double.self) }
    return number.doubleValue
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
