import Foundation

/// The source of "now" for a session; injected so that a whole session runs in a test.
public protocol Clock: Sendable {
  /// The current instant.
  func now() -> Date
}

/// The system's wall clock.
public struct SystemClock: Clock {
  /// Creates the system clock.
  public init() {}

  /// The current instant.
  public func now() -> Date { Date() }
}

/// A clock that always answers the same instant (tests, deterministic transcripts).
public struct FixedClock: Clock {
  /// The instant it answers.
  public var instant: Date

  /// Creates a clock stopped at `instant`.
  public init(_ instant: Date) { self.instant = instant }

  /// The fixed instant.
  public func now() -> Date { instant }
}
