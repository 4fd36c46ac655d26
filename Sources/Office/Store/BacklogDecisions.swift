import Foundation

/// Where a group of the fallback backlog stands.
public enum BacklogState: String, Sendable, CaseIterable, Codable {
  /// Nobody decided yet.
  case new
  /// Given to an intent (or out of scope); its examples are being added.
  case assigned
  /// Ignored: it does not come back.
  case ignored
  /// Its lines were added to the catalog.
  case done
}

/// A decision taken on one group of the fallback backlog, with the lines it covers.
///
/// The lines are kept as fingerprints (``BacklogDecision/fingerprint(_:)``), never as text, so the
/// decisions hold none of the words customers typed.
public struct BacklogDecision: Sendable, Equatable {
  /// The decision's id.
  public var id: Int64
  /// The group's label when it was decided (its most shared words).
  public var label: String
  /// Where it stands (never ``BacklogState/new``).
  public var state: BacklogState
  /// The intent its lines were given to; `oos` for out of scope; nil when ignored.
  public var intent: String?
  /// Who decided.
  public var decidedBy: String
  /// When.
  public var decidedAt: Date
  /// Fingerprints of the lines the decision covers.
  public var lines: Set<Int64>

  /// Creates a decision.
  public init(
    id: Int64 = 0, label: String, state: BacklogState, intent: String?, decidedBy: String,
    decidedAt: Date, lines: Set<Int64>
  ) {
    self.id = id
    self.label = label
    self.state = state
    self.intent = intent
    self.decidedBy = decidedBy
    self.decidedAt = decidedAt
    self.lines = lines
  }

  /// A stable 63-bit fingerprint of a fallback line (FNV-1a over its UTF-8 bytes).
  public static func fingerprint(_ text: String) -> Int64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return Int64(bitPattern: hash >> 1)
  }
}

/// The stored decisions on the fallback backlog (`/backlog`, `switchboard backlog`).
public protocol BacklogDecisions: Sendable {
  /// Every decision, oldest first.
  func backlogDecisions() throws(StoreError) -> [BacklogDecision]
  /// Stores a new decision and the lines it covers; returns its id. A line already covered by
  /// an earlier decision moves to this one.
  @discardableResult
  func recordBacklogDecision(_ decision: BacklogDecision) throws(StoreError) -> Int64
  /// Moves a decision to `state` (an assignment becomes done once its examples are taught).
  func updateBacklogDecision(id: Int64, state: BacklogState) throws(StoreError)
}
