import Foundation
import Office
import Testing

@testable import Dialogue

/// Grouping the backlog around the stored decisions: decided lines never form a new group.
struct BacklogInboxTests {
  static func line(_ text: String) -> ConversationStatistics.FallbackLine {
    ConversationStatistics.FallbackLine(text: text, intent: "oos", confidence: 0.1)
  }

  static let lines = [
    "is anyone there at lunchtime", "can I bring my dog along", "is anyone around at lunchtime",
    "can I bring my dog to the office", "is anyone there at lunchtime",
  ].map(line)

  @Test func withoutDecisionsEveryGroupIsNewLargestFirst() {
    let inbox = BacklogInbox.build(fallbacks: Self.lines, decisions: [])
    #expect(inbox.items.map(\.state) == [.new, .new])
    #expect(inbox.items.map(\.count) == [3, 2])
    #expect(
      inbox.items.first?.texts == ["is anyone there at lunchtime", "is anyone around at lunchtime"])
    #expect(inbox.doneShare == 0)
  }

  @Test func decidedLinesStayWithTheirDecision() {
    let decision = BacklogDecision(
      id: 7, label: "bring dog", state: .ignored, intent: nil, decidedBy: "mia",
      decidedAt: Date(timeIntervalSince1970: 0),
      lines: [BacklogDecision.fingerprint("can I bring my dog along")])
    let inbox = BacklogInbox.build(fallbacks: Self.lines, decisions: [decision])
    #expect(inbox.items.map(\.state) == [.new, .new, .ignored])
    #expect(inbox.items.last?.decisionID == 7)
    #expect(inbox.items.last?.count == 1)
    #expect(inbox.items.last?.texts == ["can I bring my dog along"])
    #expect(inbox.newItems.map(\.count) == [3, 1])
    #expect(abs(inbox.doneShare - 1.0 / 3) < 1e-9)
  }

  @Test func fingerprintsAreStableAndDistinct() {
    #expect(BacklogDecision.fingerprint("hello") == BacklogDecision.fingerprint("hello"))
    #expect(BacklogDecision.fingerprint("hello") != BacklogDecision.fingerprint("hello "))
    #expect(BacklogDecision.fingerprint("hello") >= 0)
  }
}
