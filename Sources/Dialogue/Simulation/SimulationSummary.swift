/// The figures of a simulation run.
public struct SimulationSummary: Sendable, Equatable, Codable {
  /// Conversations held.
  public var sessions = 0
  /// Turns answered.
  public var turns = 0
  /// Turns whose intent the simulator knew, and how many the console got right.
  public var intentChecks = 0
  /// Correct intents among ``intentChecks``.
  public var intentCorrect = 0
  /// Slot values the simulator gave, and how many the console extracted right.
  public var slotChecks = 0
  /// Correct slots among ``slotChecks``.
  public var slotCorrect = 0
  /// Conversations handed to a human.
  public var escalations = 0
  /// Turns answered as out of scope.
  public var fallbacks = 0
  /// Turn latencies in microseconds, in the order they happened (not part of equality).
  public var latencies: [Double] = []

  /// Creates an empty summary.
  public init() {}

  /// Share of checked turns whose intent was right.
  public var intentAccuracy: Double { ratio(intentCorrect, intentChecks) }
  /// Share of given slot values extracted right.
  public var slotAccuracy: Double { ratio(slotCorrect, slotChecks) }
  /// Share of conversations resolved without a human.
  public var containment: Double { ratio(sessions - escalations, sessions) }
  /// Share of turns answered out of scope.
  public var fallbackRate: Double { ratio(fallbacks, turns) }

  /// The `p`-th percentile of the latencies in milliseconds (nearest rank).
  public func latencyPercentile(_ p: Double) -> Double {
    guard !latencies.isEmpty else { return 0 }
    let sorted = latencies.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)] / 1000
  }

  private func ratio(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) / Double(whole)
  }

  public static func == (lhs: SimulationSummary, rhs: SimulationSummary) -> Bool {
    lhs.sessions == rhs.sessions && lhs.turns == rhs.turns && lhs.intentChecks == rhs.intentChecks
      && lhs.intentCorrect == rhs.intentCorrect && lhs.slotChecks == rhs.slotChecks
      && lhs.slotCorrect == rhs.slotCorrect && lhs.escalations == rhs.escalations
      && lhs.fallbacks == rhs.fallbacks
  }
}
