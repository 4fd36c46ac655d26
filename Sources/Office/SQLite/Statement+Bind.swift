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
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .text(let text):
        code = text.withCString { sqlite3_bind_text(handle, index, $0, -1, transient) }
      case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
      case .real(let number): code = sqlite3_bind_double(handle, index, number)
      case .null: code = sqlite3_bind_null(handle, index)
      }
      guard code == SQLITE_OK else { throw failure(code, db) }
    }
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else { throw failure(code, db) }
  }

  private func failure(_ code: Int32, _ db: Database) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code),
      message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
  }
}
