import GRDB
import GRDBSQLite

/// A value bound straight through SQLite's C API.
enum BoundValue {
  case text(String)
  case integer(Int64)
  case real(Double)
  case null
}

extension Statement {
  /// Runs this cached statement once with `values`, binding them through SQLite's C API: the
  /// conversation log's insert runs for every line, and GRDB's general argument path costs more
  /// than the insert's own bookkeeping. The statement is reset afterwards, so GRDB can reuse it.
  func executeBound(_ values: [BoundValue], in db: Database) throws {
    let handle = sqliteStatement
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
    let code = try bind(values, from: 0, to: handle, in: db)
    guard code == SQLITE_DONE else { throw failure(code, db) }
  }

  /// Binds `values[index...]`, then steps the statement and returns its code. Each text is bound
  /// without a copy (`SQLITE_STATIC`) while its bytes are held by the enclosing call, which lasts
  /// until the step is done; the caller then clears the bindings.
  private func bind(
    _ values: [BoundValue], from index: Int, to handle: OpaquePointer, in db: Database
  ) throws -> Int32 {
    guard index < values.count else { return sqlite3_step(handle) }
    let parameter = Int32(index + 1)
    let code: Int32
    switch values[index] {
    case .text(var text):
      return try text.withUTF8 { bytes in
        let code = bytes.withMemoryRebound(to: CChar.self) { characters in
          // An empty buffer may have no address, which SQLite would bind as NULL.
          sqlite3_bind_text(
            handle, parameter, characters.baseAddress ?? Self.emptyText, Int32(characters.count),
            nil)
        }
        guard code == SQLITE_OK else { throw failure(code, db) }
        return try bind(values, from: index + 1, to: handle, in: db)
      }
    case .integer(let number): code = sqlite3_bind_int64(handle, parameter, number)
    case .real(let number): code = sqlite3_bind_double(handle, parameter, number)
    case .null: code = sqlite3_bind_null(handle, parameter)
    }
    guard code == SQLITE_OK else { throw failure(code, db) }
    return try bind(values, from: index + 1, to: handle, in: db)
  }

  /// An empty C string, for binding empty text.
  private static var emptyText: UnsafePointer<CChar> {
    UnsafeRawPointer(("" as StaticString).utf8Start).assumingMemoryBound(to: CChar.self)
  }

  private func failure(_ code: Int32, _ db: Database) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code),
      message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
  }
}
