import Foundation
import IntentMatching
import Office

/// What the rules decided for one request, before it is answered.
struct RuleDecision {
  /// Roles the request needs (empty: no restriction).
  var requiredRoles: [Role] = []
  /// Open a ticket instead of answering.
  var escalation: (priority: Ticket.Priority, team: String)?
  /// A text replacing the answer.
  var answer: [Language: String]?
  /// A FAQ answer variant, 1-based.
  var variant: Int?
  /// Sentences added after the reply.
  var notes: [[Language: String]] = []

  /// `reply` with the notes after it.
  func withNotes(_ reply: String, _ language: Language) -> String {
    let texts = notes.compactMap { $0[language] ?? $0.values.first }
    guard !texts.isEmpty else { return reply }
    let separator = language == .japanese ? "" : " "
    return ([reply] + texts).joined(separator: separator)
  }
}

extension DialogueEngine {
  /// The facts rules look at for a request in `context`.
  func ruleFacts(_ context: HandlerContext, handler: (any IntentHandler)?) throws -> RuleFacts {
    var facts = RuleFacts(
      intent: context.intent.name, slots: context.slots, role: context.settings.role,
      language: context.language, channel: context.settings.channel,
      minuteOfDay: rules.minuteOfDay(clock.now()))
    // Read through the session's back office (audited), and only when a rule looks at it.
    if let id = context.settings.customerID, rules.needsTier(for: context.intent.name) {
      facts.tier = try context.office.tierForRules(customerID: id)
    }
    if rules.needsAmount(for: context.intent.name) {
      facts.amount =
        try handler?.amount(for: context) ?? context.slots["amount"].flatMap(Self.number(in:))
    }
    return facts
  }

  /// The actions of every rule that applies to `facts`, merged in file order.
  func ruleDecision(for facts: RuleFacts) -> RuleDecision {
    var decision = RuleDecision()
    for rule in rules.matching(facts) {
      for action in rule.actions {
        switch action {
        case .requireRole(let roles):
          decision.requiredRoles += roles.filter { !decision.requiredRoles.contains($0) }
        case .escalate(let priority, let team):
          if let current = decision.escalation,
            Self.rank(current.priority) >= Self.rank(priority)
          {
            continue
          }
          decision.escalation = (priority, team)
        case .answer(let texts): decision.answer = texts
        case .answerVariant(let index): decision.variant = index
        case .note(let texts): decision.notes.append(texts)
        }
      }
    }
    return decision
  }

  private static func rank(_ priority: Ticket.Priority) -> Int {
    Ticket.Priority.allCases.firstIndex(of: priority) ?? 0
  }

  /// The first number in `text` (`USD 1,200.50` → 1200.5).
  static func number(in text: String) -> Double? {
    let pattern = #"\d[\d,]*(\.\d+)?"#
    guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
    return Double(text[range].replacingOccurrences(of: ",", with: ""))
  }
}
