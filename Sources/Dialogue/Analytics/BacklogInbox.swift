import Foundation
import Office

/// The fallback backlog as an inbox: groups nobody decided on yet (grouped as the report groups
/// them), then the decided ones with their state, each with the lines it holds in the period.
///
/// A line covered by a decision never joins a new group again, so a decided group does not
/// come back.
public struct BacklogInbox: Sendable, Equatable {
  /// One group and where it stands.
  public struct Item: Sendable, Equatable {
    /// The stored decision, if any.
    public var decisionID: Int64?
    /// The words the group shares most.
    public var label: String
    /// Where it stands.
    public var state: BacklogState
    /// The intent given (`oos` for out of scope), if any.
    public var intent: String?
    /// Fallback lines of the group in the period.
    public var count: Int
    /// Its distinct lines in the period, newest first.
    public var texts: [String]
  }

  /// New groups, largest first, then decided ones, oldest decision first.
  public var items: [Item]

  /// Builds the inbox from the period's fallback lines (newest first) and the decisions.
  public static func build(
    fallbacks: [ConversationStatistics.FallbackLine], decisions: [BacklogDecision]
  ) -> BacklogInbox {
    var owner: [Int64: Int] = [:]
    for (index, decision) in decisions.enumerated() {
      for line in decision.lines { owner[line] = index }
    }
    var decided = decisions.map { decision in
      Item(
        decisionID: decision.id, label: decision.label, state: decision.state,
        intent: decision.intent, count: 0, texts: [])
    }
    var undecided: [ConversationStatistics.FallbackLine] = []
    for line in fallbacks {
      guard let index = owner[BacklogDecision.fingerprint(line.text)] else {
        undecided.append(line)
        continue
      }
      decided[index].count += 1
      if !decided[index].texts.contains(line.text) { decided[index].texts.append(line.text) }
    }
    let new = FallbackGrouper.group(undecided).map { group in
      Item(
        decisionID: nil, label: group.label, state: .new, intent: nil, count: group.size,
        texts: group.texts)
    }
    return BacklogInbox(items: new + decided)
  }

  /// The groups nobody decided on yet, largest first.
  public var newItems: [Item] { items.filter { $0.state == .new } }

  /// How many groups stand so.
  public func count(_ state: BacklogState) -> Int {
    items.filter { $0.state == state }.count
  }

  /// Share of the groups decided (done or ignored), 0 when there are none.
  public var doneShare: Double {
    guard !items.isEmpty else { return 0 }
    return Double(count(.done) + count(.ignored)) / Double(items.count)
  }
}
