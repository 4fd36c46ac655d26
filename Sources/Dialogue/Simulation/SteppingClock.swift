import Foundation

/// A clock that simulated conversations move forward by hand, so their timestamps are
/// deterministic and spread over days and hours like real traffic.
public final class SteppingClock: Clock, @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  /// Creates a clock standing at `start`.
  public init(start: Date) { current = start }

  /// The current simulated instant.
  public func now() -> Date {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// Moves the clock to `date`.
  public func set(_ date: Date) {
    lock.lock()
    current = date
    lock.unlock()
  }

  /// Moves the clock forward by `seconds`.
  public func advance(by seconds: TimeInterval) {
    lock.lock()
    current += seconds
    lock.unlock()
  }
}
