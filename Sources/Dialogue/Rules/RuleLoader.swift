import Foundation
import IntentMatching
import Office
import Yams

/// Reads `rules.yml`: business rules over intents, slots, customer tier, role, amounts, language,
/// channel and time of day, with escalate / require_role / answer / note actions.
///
/// ```yaml
/// settings:
///   timezone: Asia/Tokyo
/// rules:
///   - name: gold_customers_first
///     when: {intent: human_agent, tier: gold}
///     then: {escalate: high}
/// ```
public enum RuleLoader {
  /// Loads `rules.yml` from the catalog folder `directory`; no file means no rules.
  public static func load(directory: String, knownIntents: Set<String>) throws(RuleError)
    -> RuleSet
  {
    try read(directory: directory).checked(knownIntents: knownIntents)
  }

  /// Reads `rules.yml` from `directory` without checking intent names yet, so that it can be read
  /// while the catalog that names the intents is still loading; see ``UncheckedRules``.
  public static func read(directory: String) throws(RuleError) -> UncheckedRules {
    let path = directory.hasSuffix("/") ? directory + "rules.yml" : directory + "/rules.yml"
    guard FileManager.default.fileExists(atPath: path) else { return UncheckedRules() }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RuleError(
        location: SourceLocation(path: path, line: 1, column: 1), message: "cannot read the file",
        sourceLine: nil)
    }
    return try parse(String(decoding: data, as: UTF8.self), path: path)
  }

  /// Parses the text of a rules file shown as `path`; `knownIntents` checks intent names.
  public static func parse(_ text: String, path: String, knownIntents: Set<String>)
    throws(RuleError) -> RuleSet
  {
    try parse(text, path: path).checked(knownIntents: knownIntents)
  }

  /// Parses the text of a rules file shown as `path`, leaving intent names to check.
  static func parse(_ text: String, path: String) throws(RuleError) -> UncheckedRules {
    let file = RulesFile(path: path, text: text)
    // Parsed as intent files are: anchors and aliases refused, syntax errors located.
    guard let root = try YAMLText.compose(text, path: path) else { return UncheckedRules() }
    var references: [(name: String, unknown: RuleError)] = []
    var set = RuleSet()
    var names: [String: SourceLocation] = [:]
    for entry in try file.entries(root, "the rules file", allowed: ["settings", "rules"]) {
      switch entry.key {
      case "settings":
        for setting in try file.entries(entry.value, "settings", allowed: ["timezone"]) {
          let identifier = try file.string(setting.value, "timezone")
          guard let zone = TimeZone(identifier: identifier) else {
            throw file.error("unknown time zone '\(identifier)'", at: setting.value)
          }
          set.timeZone = zone
        }
      default:
        for node in try file.sequence(entry.value, "rules") {
          var parser = RuleParser(file: file)
          let rule = try parser.rule(node)
          references += parser.intentReferences
          if let first = names[rule.name] {
            throw file.error(
              "duplicate rule name '\(rule.name)' (first at \(first))", at: node.mark)
          }
          names[rule.name] = rule.location
          set.rules.append(rule)
        }
      }
    }
    return UncheckedRules(rules: set, intentReferences: references)
  }
}

/// A rules file parsed in full but for one check: that the intents it names exist.
public struct UncheckedRules {
  let rules: RuleSet
  /// Every intent name used, with the located error to give if it is unknown.
  let intentReferences: [(name: String, unknown: RuleError)]

  init(rules: RuleSet = RuleSet(), intentReferences: [(name: String, unknown: RuleError)] = []) {
    self.rules = rules
    self.intentReferences = intentReferences
  }

  /// The rules, once every intent they name is in `knownIntents` (else the first unknown one's
  /// located error).
  public func checked(knownIntents: Set<String>) throws(RuleError) -> RuleSet {
    for reference in intentReferences where !knownIntents.contains(reference.name) {
      throw reference.unknown
    }
    return rules
  }
}

/// Parses one rule's mapping.
private struct RuleParser {
  let file: RulesFile
  /// The intent names the rule uses, with where each is written.
  var intentReferences: [(name: String, unknown: RuleError)] = []

  mutating func rule(_ node: Node) throws(RuleError) -> BusinessRule {
    var name: String?
    var condition: RuleCondition?
    var actions: [RuleAction] = []
    var thenNode: Node?
    let allowed: Set<String> = ["name", "description", "when", "then"]
    for entry in try file.entries(node, "a rule", allowed: allowed) {
      switch entry.key {
      case "name":
        let text = try file.string(entry.value, "name")
        guard text.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "_" }) else {
          throw file.error(
            "rule name '\(text)' must be lowercase letters, digits and _", at: entry.value)
        }
        name = text
      case "description": _ = try file.string(entry.value, "description")
      case "when": condition = try self.condition(entry.value)
      default:
        thenNode = entry.value
        actions = try self.actions(entry.value)
      }
    }
    guard let name else { throw file.error("a rule needs a 'name'", at: node) }
    guard let condition else { throw file.error("rule '\(name)' needs 'when'", at: node) }
    guard thenNode != nil, !actions.isEmpty else {
      throw file.error("rule '\(name)' needs 'then' with at least one action", at: thenNode ?? node)
    }
    return BusinessRule(
      name: name, condition: condition, actions: actions, location: file.location(node.mark))
  }

  private mutating func condition(_ node: Node) throws(RuleError) -> RuleCondition {
    var condition = RuleCondition()
    let allowed: Set<String> = [
      "intent", "slots", "tier", "role", "language", "channel", "amount", "time",
    ]
    for entry in try file.entries(node, "'when'", allowed: allowed) {
      let value = entry.value
      switch entry.key {
      case "intent":
        var intents: Set<String> = []
        for (name, item) in try file.strings(value, "intent") {
          intentReferences.append((name, file.error("unknown intent '\(name)'", at: item)))
          intents.insert(name)
        }
        condition.intents = intents
      case "slots":
        guard case .mapping(let mapping) = value else {
          throw file.error("expected a mapping for slots, found \(file.kind(of: value))", at: value)
        }
        for (key, wanted) in mapping {
          let slot = try file.string(key, "a slot name")
          let text = try file.string(wanted, "slot '\(slot)'")
          condition.slots[slot] = text == "*" ? String?.none : text
        }
      case "tier":
        condition.tiers = Set(
          try file.values(
            value, "tier", parse: Customer.Tier.init(rawValue:),
            known: Customer.Tier.allCases.map(\.rawValue)))
      case "role":
        condition.roles = Set(try roles(value))
      case "language":
        condition.languages = Set(
          try file.values(
            value, "language", parse: Language.init(rawValue:),
            known: Language.allCases.map(\.rawValue)))
      case "channel":
        condition.channels = Set(
          try file.values(
            value, "channel", parse: Channel.init(rawValue:),
            known: Channel.allCases.map(\.rawValue)))
      case "amount":
        condition.amount = try amount(value)
      default:
        condition.time = try time(value)
      }
    }
    return condition
  }

  private func amount(_ node: Node) throws(RuleError) -> AmountRange {
    var range = AmountRange()
    for entry in try file.entries(node, "amount", allowed: ["above", "at_most"]) {
      let value = try file.number(entry.value, "amount '\(entry.key)'")
      if entry.key == "above" { range.above = value } else { range.atMost = value }
    }
    if let above = range.above, let atMost = range.atMost, atMost <= above {
      throw file.error("amount 'at_most' must be greater than 'above'", at: node)
    }
    return range
  }

  private func time(_ node: Node) throws(RuleError) -> TimeWindow {
    var start: Int?
    var end: Int?
    for entry in try file.entries(node, "time", allowed: ["from", "to"]) {
      let minute = try self.minute(entry.value)
      if entry.key == "from" { start = minute } else { end = minute }
    }
    guard let start, let end else { throw file.error("time needs 'from' and 'to'", at: node) }
    guard start != end else { throw file.error("time 'from' and 'to' are the same", at: node) }
    return TimeWindow(start: start, end: end)
  }

  private func minute(_ node: Node) throws(RuleError) -> Int {
    let text = try file.string(node, "a time")
    let parts = text.split(separator: ":")
    guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
      (0..<24).contains(hour), (0..<60).contains(minute), parts[1].count == 2
    else { throw file.error("expected a time as HH:MM, found '\(text)'", at: node) }
    return hour * 60 + minute
  }

  private func roles(_ node: Node) throws(RuleError) -> [Role] {
    try file.values(
      node, "role", parse: Role.init(rawValue:), known: Role.allCases.map(\.rawValue))
  }

  private func actions(_ node: Node) throws(RuleError) -> [RuleAction] {
    var actions: [RuleAction] = []
    let allowed: Set<String> = ["escalate", "require_role", "answer", "note"]
    for entry in try file.entries(node, "'then'", allowed: allowed) {
      let value = entry.value
      switch entry.key {
      case "escalate":
        actions.append(try escalation(value))
      case "require_role":
        actions.append(.requireRole(try roles(value)))
      case "answer":
        if case .scalar(let scalar) = value, let index = Int(scalar.string) {
          guard index >= 1 else { throw file.error("answer variants count from 1", at: value) }
          actions.append(.answerVariant(index))
        } else {
          actions.append(.answer(try file.localized(value, "answer")))
        }
      default:
        actions.append(.note(try file.localized(value, "note")))
      }
    }
    return actions
  }

  private func escalation(_ node: Node) throws(RuleError) -> RuleAction {
    var priority = Ticket.Priority.normal
    var team = "support"
    let parsePriority = { (node: Node) throws(RuleError) -> Ticket.Priority in
      try file.values(
        node, "priority", parse: Ticket.Priority.init(rawValue:),
        known: Ticket.Priority.allCases.map(\.rawValue))[0]
    }
    if case .mapping = node {
      for entry in try file.entries(node, "escalate", allowed: ["priority", "team"]) {
        if entry.key == "priority" {
          priority = try parsePriority(entry.value)
        } else {
          team = try file.string(entry.value, "team")
        }
      }
    } else {
      priority = try parsePriority(node)
    }
    return .escalate(priority: priority, team: team)
  }
}
