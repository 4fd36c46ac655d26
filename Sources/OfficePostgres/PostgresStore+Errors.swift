import Foundation
import Office
import PostgresNIO

/// How PostgresStore tells postgres-nio's errors apart: the connection gone, a conflict another
/// session caused (run again), or a failure; every one becomes a ``StoreError`` naming the server.
extension PostgresStore {
  /// How many times a write undone by a conflict is run in all.
  static let conflictAttempts = 8

  /// Runs `body` again, after a short pause growing with each attempt, while it fails with a
  /// ``StoreError/Kind/conflict`` (SQLSTATE 40001 or 40P01), at most ``conflictAttempts`` times.
  /// `body` must undo its own work when it fails (a savepoint, a transaction).
  func retryingConflicts<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    var attempt = 1
    while true {
      do {
        return try body()
      } catch  where error.kind == .conflict && attempt < Self.conflictAttempts {
        usleep(UInt32(1_000 << min(attempt, 7)) + UInt32.random(in: 0..<1_000))
        attempt += 1
      }
    }
  }

  /// SQLSTATEs of the conflicts the server settles by undoing one session's statement.
  static let conflictStates: Set<String> = ["40001", "40P01"]

  /// A postgres-nio error as a store error naming the server: the connection gone
  /// (``StoreError/Kind/disconnected``; a unit of work running is marked lost), a conflict the
  /// server settled by undoing this statement (``StoreError/Kind/conflict``), else a failure.
  func failure(_ error: any Error) -> StoreError {
    let state = Self.sqlState(error)
    if Self.isDisconnection(error, state: state) {
      unit.withLock { if $0.depth > 0 { $0.lost = true } }
      return StoreError(
        .disconnected, message: "lost the connection to \(url) (\(Self.describe(error)))")
    }
    if let state, Self.conflictStates.contains(state) {
      return StoreError(.conflict, message: "\(url): \(Self.describe(error))")
    }
    return StoreError(.failed, message: "\(url): \(Self.describe(error))")
  }

  /// The SQLSTATE of a server's error, in either of postgres-nio's error types.
  static func sqlState(_ error: any Error) -> String? {
    if let error = error as? PostgresError, case .server(let message) = error {
      return message.fields[.sqlState]
    }
    return (error as? PSQLError)?.serverInfo?[.sqlState]
  }

  /// Whether `error` says the connection went: closed, reset, cut short, or the server shutting
  /// down (SQLSTATE classes 08 and 57P).
  static func isDisconnection(_ error: any Error, state: String?) -> Bool {
    if let state { return state.hasPrefix("08") || state.hasPrefix("57P") }
    switch error {
    case let error as PostgresError:
      if case .connectionClosed = error { return true }
      if case .protocol(let message) = error { return message == "Unexpected connection close" }
      return false
    case let error as PSQLError:
      return [.serverClosedConnection, .connectionError, .uncleanShutdown].contains(error.code)
    case is ChannelError, is IOError:
      return true
    default:
      return false
    }
  }

  /// The server's own message when it sent one (with its SQLSTATE), else the error's kind.
  static func describe(_ error: any Error) -> String {
    if let error = error as? PostgresError {
      switch error {
      case .server(let message):
        let state = message.fields[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
        return (message.fields[.message] ?? "error") + state
      case .connectionClosed: return "connection closed"
      case .protocol(let message): return message
      }
    }
    if let error = error as? PSQLError {
      if let message = error.serverInfo?[.message] {
        let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
        return message + state
      }
      return "\(error.code)"
    }
    return "\(error)"
  }
}
