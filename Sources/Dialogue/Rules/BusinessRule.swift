import Foundation
import IntentMatching
import Office

/// One business rule from `rules.yml`: when every condition holds, its actions apply.
public struct BusinessRule: Sendable, Equatable {
  /// The rule's name, unique in the file.
  public var name: String
  /// What must hold.
  public var condition: RuleCondition
  /// What happens, in file order.
  public var actions: [RuleAction]
  /// Where the rule starts in its file.
  public var location: SourceLocation

  /// Creates a rule.
  public init(
    name: String, condition: RuleCondition, actions: [RuleAction], location: SourceLocation
  ) {
    self.name = name
    self.condition = condition
    self.actions = actions
    self.location = location
  }
}

/// What a rule does when it applies.
public enum RuleAction: Sendable, Equatable {
  /// Hand the request to a person: open a ticket for `team` with `priority` instead of answering.
  case escalate(priority: Ticket.Priority, team: String)
  /// Only these roles may have the request answered (admin always may).
  case requireRole([Role])
  /// Answer a FAQ intent with its answer variant at this 1-based position.
  case answerVariant(Int)
  /// Answer with this text instead (by language).
  case answer([Language: String])
  /// Add this sentence after the reply (by language).
  case note([Language: String])
}

/// The rules in force, in file order, and the time zone their times of day are read in.
public struct RuleSet: Sendable, Equatable {
  /// The rules, in file order.
  public var rules: [BusinessRule]
  /// The zone of `time` conditions.
  public var timeZone: TimeZone

  /// Creates a rule set (empty: no rules).
  public init(rules: [BusinessRule] = [], timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
    self.rules = rules
    self.timeZone = timeZone
  }

  /// The rules that apply to `facts`, in file order.
  public func matching(_ facts: RuleFacts) -> [BusinessRule] {
    rules.filter { $0.condition.holds(for: facts) }
  }

  /// Whether some rule about `intent` looks at amounts (only then are they looked up).
  public func needsAmount(for intent: String) -> Bool {
    rules.contains { rule in
      rule.condition.amount != nil && (rule.condition.intents?.contains(intent) ?? true)
    }
  }

  /// Whether some rule about `intent` looks at the customer's tier (only then is it read).
  public func needsTier(for intent: String) -> Bool {
    rules.contains { rule in
      rule.condition.tiers != nil && (rule.condition.intents?.contains(intent) ?? true)
    }
  }

  /// The minute of the day (0..<1440) of `date` in ``timeZone``.
  public func minuteOfDay(_ date: Date) -> Int {
    let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
    let second = ((local % 86_400) + 86_400) % 86_400
    return second / 60
  }
}
