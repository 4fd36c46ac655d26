import Office
import Synchronization

/// Collects what one turn did with the records, from the audit entries its back office writes.
///
/// The engine gives one to every handler context of a turn and logs its lines on the bot's row
/// of the turn (`messages.actions`), so the log says what was read or changed.
public final class ActionTrail: Sendable {
  private let lines = Mutex<[String]>([])

  /// An empty trail.
  public init() {}

  /// Adds one audit entry as `action target` (`order.read 1002`), with `refused` or its detail.
  public func record(_ entry: AuditEntry) {
    var line = entry.action
    if !entry.target.isEmpty { line += " " + entry.target }
    if !entry.allowed {
      line += " (refused)"
    } else if !entry.detail.isEmpty {
      line += " (\(entry.detail))"
    }
    lines.withLock { $0.append(line) }
  }

  /// The lines recorded so far, in order.
  public var actions: [String] { lines.withLock { $0 } }
}
