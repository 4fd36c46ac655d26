import Synchronization

/// A row of the conversation log or the audit log that is waiting for its transaction.
enum LogRow: Sendable {
  /// A turn: the speaker's line and the reply.
  case turn(TurnRecord)
  /// An audit entry.
  case audit(AuditEntry)
}

/// Log rows held in memory while log batching is on (group commit), in the order they came.
///
/// Held rows are written in one transaction by ``SQLiteStore/commitLog()``, or as part of the
/// next other write, or before any read of the logs; nothing that was held is dropped unless
/// it was written.
final class HeldLog: Sendable {
  private struct State {
    var isHolding = false
    var rows: [LogRow] = []
  }

  private let state = Mutex(State())

  /// Whether rows are held rather than written at once.
  var isHolding: Bool {
    get { state.withLock { $0.isHolding } }
    set { state.withLock { $0.isHolding = newValue } }
  }

  /// Holds `row` when batching is on; returns false (not held) when it is off.
  func hold(_ row: LogRow) -> Bool {
    state.withLock { state in
      guard state.isHolding else { return false }
      state.rows.append(row)
      return true
    }
  }

  /// The number of rows held.
  var count: Int { state.withLock { $0.rows.count } }

  /// Takes every held row out (to be written).
  func take() -> [LogRow] {
    state.withLock { state in
      defer { state.rows.removeAll(keepingCapacity: true) }
      return state.rows
    }
  }

  /// Puts rows whose transaction failed back in front of any held since.
  func restore(_ rows: [LogRow]) {
    guard !rows.isEmpty else { return }
    state.withLock { $0.rows.insert(contentsOf: rows, at: 0) }
  }
}
