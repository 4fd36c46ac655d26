import Dialogue
import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

/// `rules.yml` loading: the shipped file, what each key means, and located errors.
@Suite struct RuleLoaderTests {
  static let intents: Set<String> = ["human_agent", "refund_status", "sales_quote", "greeting"]

  @Test func theShippedRulesLoad() throws {
    let known = Set(EngineFactory.catalog.intents.map(\.name))
    let set = try RuleLoader.load(directory: RepositoryPaths.intents, knownIntents: known)
    #expect(
      set.rules.map(\.name) == [
        "gold_customers_first", "large_refunds_need_finance", "large_quotes_reviewed",
        "after_hours_hand_over",
      ])
    #expect(set.timeZone.identifier == "Asia/Tokyo")
    #expect(set.rules[0].actions == [.escalate(priority: .high, team: "support")])
    #expect(set.rules[1].actions == [.requireRole([.finance])])
    #expect(set.rules[1].condition.amount == AmountRange(above: 500))
  }

  @Test func aMissingFileMeansNoRules() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    #expect(try RuleLoader.load(directory: folder.path, knownIntents: []).rules.isEmpty)
  }

  @Test func everyConditionAndActionIsRead() throws {
    let text = """
      rules:
        - name: everything
          when:
            intent: [human_agent, greeting]
            slots: {order_id: '*', product_id: P-1001}
            tier: [gold, silver]
            role: customer
            language: ja
            channel: [console, ask]
            amount: {above: 10, at_most: 20}
            time: {from: "18:30", to: "09:00"}
          then:
            escalate: {priority: urgent, team: billing}
            require_role: [finance, agent]
            answer: 2
            note: {en: Hello, ja: こんにちは}
        - name: texts
          when: {intent: greeting}
          then: {answer: Hi there}
      """
    let set = try RuleLoader.parse(text, path: "rules.yml", knownIntents: Self.intents)
    let condition = set.rules[0].condition
    #expect(condition.intents == ["human_agent", "greeting"])
    #expect(condition.slots == ["order_id": String?.none, "product_id": "P-1001"])
    #expect(condition.tiers == [.gold, .silver])
    #expect(condition.roles == [.customer])
    #expect(condition.languages == [.japanese])
    #expect(condition.channels == [.console, .ask])
    #expect(condition.amount == AmountRange(above: 10, atMost: 20))
    #expect(condition.time == TimeWindow(start: 18 * 60 + 30, end: 9 * 60))
    #expect(
      set.rules[0].actions == [
        .escalate(priority: .urgent, team: "billing"), .requireRole([.finance, .agent]),
        .answerVariant(2), .note([.english: "Hello", .japanese: "こんにちは"]),
      ])
    #expect(set.rules[1].actions == [.answer([.english: "Hi there", .japanese: "Hi there"])])
    #expect(set.rules[0].location == SourceLocation(path: "rules.yml", line: 2, column: 5))
  }

  /// A broken rules file and the full error it gives.
  struct Broken: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var error: String
    var testDescription: String { id }
  }

  static let broken: [Broken] = [
    Broken(
      id: "unknown top key", text: "rulez:\n  - name: x\n",
      error: """
        rules.yml:1:1: error: unknown key 'rulez' in the rules file (expected one of: rules, settings)
        rulez:
        ^
        """),
    Broken(
      id: "unknown intent",
      text: "rules:\n  - name: x\n    when: {intent: refunds}\n    then: {note: hi}\n",
      error: """
        rules.yml:3:20: error: unknown intent 'refunds'
            when: {intent: refunds}
                           ^
        """),
    Broken(
      id: "unknown tier",
      text: "rules:\n  - name: x\n    when:\n      tier: platinum\n    then: {note: hi}\n",
      error: """
        rules.yml:4:13: error: unknown tier 'platinum' (expected one of: bronze, silver, gold)
              tier: platinum
                    ^
        """),
    Broken(
      id: "unknown role",
      text:
        "rules:\n  - name: x\n    when: {intent: greeting}\n    then:\n      require_role: cfo\n",
      error: """
        rules.yml:5:21: error: unknown role 'cfo' (expected one of: customer, agent, finance, hr, it, legal, admin)
              require_role: cfo
                            ^
        """),
    Broken(
      id: "unknown priority",
      text: "rules:\n  - name: x\n    when: {intent: greeting}\n    then: {escalate: asap}\n",
      error: """
        rules.yml:4:22: error: unknown priority 'asap' (expected one of: low, normal, high, urgent)
            then: {escalate: asap}
                             ^
        """),
    Broken(
      id: "unknown condition",
      text: "rules:\n  - name: x\n    when:\n      weekday: monday\n    then: {note: hi}\n",
      error: """
        rules.yml:4:7: error: unknown key 'weekday' in 'when' (expected one of: amount, channel, intent, language, role, slots, tier, time)
              weekday: monday
              ^
        """),
    Broken(
      id: "amount not a number",
      text: "rules:\n  - name: x\n    when:\n      amount: {above: lots}\n    then: {note: hi}\n",
      error: """
        rules.yml:4:23: error: expected a number for amount 'above', found 'lots'
              amount: {above: lots}
                              ^
        """),
    Broken(
      id: "bad time",
      text:
        "rules:\n  - name: x\n    when:\n      time: {from: \"25:00\", to: \"09:00\"}\n    then: {note: hi}\n",
      error: """
        rules.yml:4:20: error: expected a time as HH:MM, found '25:00'
              time: {from: "25:00", to: "09:00"}
                           ^
        """),
    Broken(
      id: "no actions", text: "rules:\n  - name: x\n    when: {intent: greeting}\n    then: {}\n",
      error: """
        rules.yml:4:11: error: rule 'x' needs 'then' with at least one action
            then: {}
                  ^
        """),
    Broken(
      id: "no name", text: "rules:\n  - when: {intent: greeting}\n    then: {note: hi}\n",
      error: """
        rules.yml:2:5: error: a rule needs a 'name'
          - when: {intent: greeting}
            ^
        """),
    Broken(
      id: "duplicate name",
      text: """
        rules:
          - name: x
            when: {intent: greeting}
            then: {note: hi}
          - name: x
            when: {intent: greeting}
            then: {note: ho}
        """,
      error: """
        rules.yml:5:5: error: duplicate rule name 'x' (first at rules.yml:2:5)
          - name: x
            ^
        """),
    Broken(
      id: "rules not a list", text: "rules: {name: x}\n",
      error: """
        rules.yml:1:8: error: expected a list for rules, found a mapping
        rules: {name: x}
               ^
        """),
    Broken(
      id: "unknown time zone", text: "settings:\n  timezone: Mars/Olympus\n",
      error: """
        rules.yml:2:13: error: unknown time zone 'Mars/Olympus'
          timezone: Mars/Olympus
                    ^
        """),
    Broken(
      id: "yaml syntax", text: "rules:\n  - name: x\n    when: {intent: greeting\n",
      error: """
        rules.yml:3:11: error: invalid YAML: did not find expected ',' or '}' while parsing a flow mapping
            when: {intent: greeting
                  ^
        """),
  ]

  @Test(arguments: broken)
  func brokenFilesStopWithALocatedError(_ example: Broken) {
    #expect(throws: RuleError.self) {
      try RuleLoader.parse(example.text, path: "rules.yml", knownIntents: Self.intents)
    }
    do {
      _ = try RuleLoader.parse(example.text, path: "rules.yml", knownIntents: Self.intents)
    } catch {
      #expect(error.description == example.error)
    }
  }
}
