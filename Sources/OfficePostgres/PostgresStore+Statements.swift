import Office
import PostgresNIO

/// How PostgresStore runs a statement: unnamed at its first run, prepared from its second.
extension PostgresStore {
  /// Runs one statement with `binds` (`$1`, `$2`, ...) and returns its rows. A statement with
  /// binds that runs a second time on the connection is prepared there and run by name from then
  /// on (``PreparedStatements``).
  @discardableResult
  func rows(_ sql: String, _ binds: [PostgresData] = []) throws(StoreError) -> [PostgresRow] {
    do {
      let connection = try self.connection
      let plan =
        binds.isEmpty ? .runUnnamed : prepared.withLock { $0.plan(sql, on: connection) }
      do {
        return try run(sql, binds, as: plan, on: connection)
      } catch  where plan.isPrepared && Self.sqlState(error) == Self.changedResultType {
        // Another session changed the columns of a table the statement reads since it was
        // prepared. Outside a transaction nothing else was undone: drop the prepared statements
        // and run this one again unnamed. Inside one, DEALLOCATE is refused (the transaction is
        // lost, and the caller is told); the statements are prepared again at their next runs.
        prepared.withLock { $0.forgetAll() }
        guard (try? connection.query("DEALLOCATE ALL").wait()) != nil else { throw error }
        return try connection.query(sql, binds).wait().rows
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw failure(error)
    }
  }

  /// The SQLSTATE of "cached plan must not change result type".
  private static let changedResultType = "0A000"

  /// Runs `sql` as `plan` says, preparing it first when the plan says so.
  private func run(
    _ sql: String, _ binds: [PostgresData], as plan: PreparedStatements.Plan,
    on connection: PostgresConnection
  ) throws -> [PostgresRow] {
    switch plan {
    case .runUnnamed:
      return try connection.query(sql, binds).wait().rows
    case .prepare:
      let query = try connection.prepare(query: sql).wait()
      prepared.withLock { $0.remember(query, for: sql, on: connection) }
      return try query.execute(binds).wait()
    case .execute(let query):
      return try query.execute(binds).wait()
    }
  }
}
