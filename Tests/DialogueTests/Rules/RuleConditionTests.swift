import Dialogue
import IntentMatching
import Office
import Testing

/// Conditions against facts: each kind of condition, alone and together.
@Suite struct RuleConditionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var condition: RuleCondition
    var facts: RuleFacts
    var holds: Bool
    var testDescription: String { id }
  }

  static func when(_ change: (inout RuleCondition) -> Void) -> RuleCondition {
    var condition = RuleCondition()
    change(&condition)
    return condition
  }

  static let cases: [Case] = [
    Case(id: "empty holds", condition: RuleCondition(), facts: RuleFacts(intent: "x"), holds: true),
    Case(
      id: "intent", condition: when { $0.intents = ["human_agent"] },
      facts: RuleFacts(intent: "human_agent"), holds: true),
    Case(
      id: "other intent", condition: when { $0.intents = ["human_agent"] },
      facts: RuleFacts(intent: "greeting"), holds: false),
    Case(
      id: "tier", condition: when { $0.tiers = [.gold] },
      facts: RuleFacts(intent: "x", tier: .gold), holds: true),
    Case(
      id: "no customer has no tier", condition: when { $0.tiers = [.gold] },
      facts: RuleFacts(intent: "x"), holds: false),
    Case(
      id: "slot present", condition: when { $0.slots = ["order_id": String?.none] },
      facts: RuleFacts(intent: "x", slots: ["order_id": "1002"]), holds: true),
    Case(
      id: "slot value", condition: when { $0.slots = ["product_id": "p-1001"] },
      facts: RuleFacts(intent: "x", slots: ["product_id": "P-1001"]), holds: true),
    Case(
      id: "slot missing", condition: when { $0.slots = ["order_id": String?.none] },
      facts: RuleFacts(intent: "x"), holds: false),
    Case(
      id: "amount above", condition: when { $0.amount = AmountRange(above: 500) },
      facts: RuleFacts(intent: "x", amount: 619.92), holds: true),
    Case(
      id: "amount equal is not above", condition: when { $0.amount = AmountRange(above: 500) },
      facts: RuleFacts(intent: "x", amount: 500), holds: false),
    Case(
      id: "unknown amount", condition: when { $0.amount = AmountRange(above: 500) },
      facts: RuleFacts(intent: "x"), holds: false),
    Case(
      id: "amount at most", condition: when { $0.amount = AmountRange(atMost: 100) },
      facts: RuleFacts(intent: "x", amount: 100), holds: true),
    Case(
      id: "language", condition: when { $0.languages = [.japanese] },
      facts: RuleFacts(intent: "x", language: .english), holds: false),
    Case(
      id: "role", condition: when { $0.roles = [.finance, .admin] },
      facts: RuleFacts(intent: "x", role: .admin), holds: true),
    Case(
      id: "channel", condition: when { $0.channels = [.console] },
      facts: RuleFacts(intent: "x", channel: .pipe), holds: false),
    Case(
      id: "night window at 23:00", condition: when { $0.time = TimeWindow(start: 1080, end: 540) },
      facts: RuleFacts(intent: "x", minuteOfDay: 1380), holds: true),
    Case(
      id: "night window at 08:59", condition: when { $0.time = TimeWindow(start: 1080, end: 540) },
      facts: RuleFacts(intent: "x", minuteOfDay: 539), holds: true),
    Case(
      id: "night window at 09:00", condition: when { $0.time = TimeWindow(start: 1080, end: 540) },
      facts: RuleFacts(intent: "x", minuteOfDay: 540), holds: false),
    Case(
      id: "day window at 12:00", condition: when { $0.time = TimeWindow(start: 540, end: 1080) },
      facts: RuleFacts(intent: "x", minuteOfDay: 720), holds: true),
    Case(
      id: "all together",
      condition: when {
        $0.intents = ["human_agent"]
        $0.tiers = [.gold]
        $0.languages = [.japanese]
      },
      facts: RuleFacts(intent: "human_agent", tier: .gold, language: .english), holds: false),
  ]

  @Test(arguments: cases)
  func conditionsHold(_ example: Case) {
    #expect(example.condition.holds(for: example.facts) == example.holds)
  }
}
