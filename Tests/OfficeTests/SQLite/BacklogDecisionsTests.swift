import Foundation
import Testing

@testable import Office

/// Backlog decisions in SQLite: stored with their lines, moved to done, and a line re-decided
/// belongs to the newer decision.
struct BacklogDecisionsTests {
  @Test func decisionsRoundTripAndLinesMoveToTheNewerOne() throws {
    let store = try Fixtures.seededStore()
    #expect(try store.backlogDecisions().isEmpty)
    let first = try store.recordBacklogDecision(
      BacklogDecision(
        label: "lunchtim anyon", state: .assigned, intent: "business_hours", decidedBy: "mia",
        decidedAt: Fixtures.now, lines: [1, 2, 3]))
    try store.updateBacklogDecision(id: first, state: .done)
    let second = try store.recordBacklogDecision(
      BacklogDecision(
        label: "dog", state: .ignored, intent: nil, decidedBy: "ken", decidedAt: Fixtures.now,
        lines: [3, 4]))
    let decisions = try store.backlogDecisions()
    #expect(decisions.map(\.id) == [first, second])
    #expect(
      decisions.first
        == BacklogDecision(
          id: first, label: "lunchtim anyon", state: .done, intent: "business_hours",
          decidedBy: "mia", decidedAt: Fixtures.now, lines: [1, 2]))
    #expect(decisions.last?.lines == [3, 4])
    #expect(decisions.last?.intent == nil)
  }
}
