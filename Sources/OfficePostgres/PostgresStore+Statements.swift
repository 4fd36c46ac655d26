import Office
import PostgresNIO

/// One statement and its binds (`$1`, `$2`, ...), for ``PostgresStore/rows(together:)``.
struct Statement {
  let sql: String
  let binds: [PostgresData]

  init(_ sql: String, _ binds: [PostgresData] = []) {
    self.sql = sql
    self.binds = binds
  }
}

/// How PostgresStore runs its statements: prepared from their second run, and handed to the
/// connection together when they do not depend on each other.
extension PostgresStore {
  /// Runs `statements` in order and returns the rows of each.
  ///
  /// They go to the connection all at once: its event loop sends each as the one before
  /// completes, and this thread waits once for them all instead of once per statement (a wait is
  /// a wake-up of this thread). None may depend on another's rows. A statement with binds that
  /// runs a second time on the connection is prepared there and run by name
  /// (``PreparedStatements``). When one fails, the others still run (outside a transaction) and
  /// the first failure is thrown.
  func rows(together statements: [Statement]) throws(StoreError) -> [[PostgresRow]] {
    do {
      let connection = try self.connection
      let plans = prepared.withLock { prepared in
        statements.map { statement in
          statement.binds.isEmpty
            ? .runUnnamed : prepared.plan(statement.sql, on: connection)
        }
      }
      do {
        return try run(statements, as: plans, on: connection)
      } catch
        where plans.contains(where: \.isPrepared)
        && Self.sqlState(error) == Self.changedResultType
      {
        // Another session changed the columns of a table a statement reads since it was
        // prepared. Outside a transaction nothing else was undone: drop the prepared statements
        // and run these again unnamed. Inside one, DEALLOCATE is refused (the transaction is
        // lost, and the caller is told); the statements are prepared again at their next runs.
        prepared.withLock { $0.forgetAll() }
        guard (try? connection.query("DEALLOCATE ALL").wait()) != nil else { throw error }
        let unnamed = [PreparedStatements.Plan](repeating: .runUnnamed, count: statements.count)
        return try run(statements, as: unnamed, on: connection)
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw failure(error)
    }
  }

  /// The SQLSTATE of "cached plan must not change result type".
  private static let changedResultType = "0A000"

  /// Hands every statement to the connection as its plan says, then waits for each in order.
  private func run(
    _ statements: [Statement], as plans: [PreparedStatements.Plan],
    on connection: PostgresConnection
  ) throws -> [[PostgresRow]] {
    let pending = zip(statements, plans).map { statement, plan in
      submit(statement, as: plan, on: connection)
    }
    var results: [[PostgresRow]] = []
    results.reserveCapacity(pending.count)
    var failure: (any Error)?
    for future in pending {
      do {
        results.append(try future.wait())
      } catch {
        failure = failure ?? error
      }
    }
    if let failure { throw failure }
    return results
  }

  /// `statement` handed to the connection as `plan` says, preparing it first when it says so.
  private func submit(
    _ statement: Statement, as plan: PreparedStatements.Plan, on connection: PostgresConnection
  ) -> EventLoopFuture<[PostgresRow]> {
    switch plan {
    case .runUnnamed:
      return connection.query(statement.sql, statement.binds).map(\.rows)
    case .prepare:
      return connection.prepare(query: statement.sql).flatMap { [self] query in
        prepared.withLock { $0.remember(query, for: statement.sql, on: connection) }
        return query.execute(statement.binds)
      }
    case .execute(let query):
      return query.execute(statement.binds)
    }
  }
}
