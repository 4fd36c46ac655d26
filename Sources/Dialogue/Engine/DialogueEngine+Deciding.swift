import IntentMatching
import Office

/// What a decision is computed from: the line, the matcher's result for it and the session's
/// state. Nothing else is read, so a decision can be tested without records or handlers running.
struct DecisionInput {
  /// The line (card numbers masked).
  var line: String
  /// The matcher's result for the line.
  var match: Match
  /// The language of the line.
  var language: Language
  /// Whether the line held a payment card number.
  var holdsCardNumber: Bool
  /// The question the console asked, if any.
  var pending: PendingQuestion?
  /// The last request's intent and slots.
  var context: ConversationContext
  /// Role, customer, agent and channel.
  var settings: SessionSettings
}

extension DialogueEngine {
  /// Decides what the line is: a yes or no to a pending confirmation, the answer to a pending
  /// slot question, a follow-up on the last request, a new request, a request the role may never
  /// make, or out of scope. Pure: it reads the catalog, the handlers' declared access and the
  /// access policy, and changes nothing.
  ///
  /// Slots the user typed always win: the line's slots override the context, which fills only
  /// what the line lacks.
  func decide(_ input: DecisionInput) -> TurnDecision {
    let match = input.match
    if input.holdsCardNumber {
      return TurnDecision(kind: .cardNumber, intent: Match.outOfScope, slots: [:], matcher: match)
    }
    if case .confirmation(let confirmation) = input.pending, let yes = YesNo.read(input.line) {
      return TurnDecision(
        kind: yes ? .confirmed : .declined, intent: confirmation.intent,
        slots: confirmation.slots, matcher: match)
    }
    if let answer = slotAnswer(input) { return checked(answer, input.settings) }
    if let followUp = followUp(input) { return checked(followUp, input.settings) }
    if !match.isOutOfScope, let intent = catalog.intent(named: match.intent) {
      var slots = match.slots
      if intent.slots.contains("customer_id"), slots["customer_id"] == nil,
        let own = input.settings.customerID
      {
        slots["customer_id"] = own
      }
      for name in intent.slots where slots[name] == nil {
        if let known = input.context.slots[name] { slots[name] = known }
      }
      return checked(
        TurnDecision(kind: .newRequest, intent: intent.name, slots: slots, matcher: match),
        input.settings)
    }
    return TurnDecision(kind: .outOfScope, intent: Match.outOfScope, slots: [:], matcher: match)
  }

  /// The decision, or a refusal when a slot is still missing and the session's role may never
  /// reach the records of the intent's handler: it is told so before any slot is sought, in the
  /// line or by a question. A complete request goes on to the rules (which may hand it to a
  /// person) and the handler, whose back office refuses it.
  private func checked(_ decision: TurnDecision, _ settings: SessionSettings) -> TurnDecision {
    guard let intent = catalog.intent(named: decision.intent),
      intent.slots.contains(where: { decision.slots[$0] == nil }),
      let (operation, resource) = handler(of: intent)?.access,
      !AccessPolicy.allows(settings.role, operation, resource)
    else { return decision }
    var refused = decision
    refused.kind = .refused
    refused.requiredRoles = AccessPolicy.roles(operation, resource)
    return refused
  }

  /// The answer to the pending slot question, unless the line confidently asks for something
  /// else.
  private func slotAnswer(_ input: DecisionInput) -> TurnDecision? {
    guard case .slot(let intentName, let slotName, let known, let question) = input.pending,
      let intent = catalog.intent(named: intentName)
    else { return nil }
    let match = input.match
    guard let value = match.slots[slotName] ?? freeTextSlot(slotName, input) else { return nil }
    let switchesIntent =
      !match.isOutOfScope && match.intent != intentName
      && match.confidence >= Self.confidentSwitch
      && !Self.isBareAnswer(input.line, slots: match.slots)
    guard !switchesIntent else { return nil }
    var slots = known.merging(match.slots) { $1 }
    slots[slotName] = value
    return TurnDecision(
      kind: .slotAnswer, intent: intent.name, slots: slots, matcher: match,
      answeredSlot: slotName, answeredQuestion: question)
  }

  /// A follow-up such as "and 1003?": slots of the last intent, in a line that the matcher gives
  /// to no intent, or to one that takes none of those slots, without confidence.
  private func followUp(_ input: DecisionInput) -> TurnDecision? {
    let match = input.match
    guard let last = input.context.intent, let intent = catalog.intent(named: last),
      !match.slots.isEmpty, match.slots.keys.allSatisfy({ intent.slots.contains($0) })
    else { return nil }
    if !match.isOutOfScope && match.intent != last {
      let matched = catalog.intent(named: match.intent)
      let takesSlots = match.slots.keys.contains { matched?.slots.contains($0) ?? false }
      guard !takesSlots, match.confidence < Self.confidentSwitch else { return nil }
    } else if !match.isOutOfScope {
      return nil
    }
    let slots = input.context.slots.merging(match.slots) { $1 }
    return TurnDecision(kind: .followUp, intent: intent.name, slots: slots, matcher: match)
  }

  /// A slot that no extractor recognises (an employee's name) is the whole line.
  private func freeTextSlot(_ name: String, _ input: DecisionInput) -> String? {
    guard !BuiltInSlots.names.contains(name) else { return nil }
    let match = input.match
    if match.isOutOfScope { return input.line }
    // One word under the asking intent ("someone@@example") is an answer, not a new request.
    let pendingIntent: String? =
      if case .slot(let intent, _, _, _) = input.pending { intent } else { nil }
    let oneWord = !input.line.contains(where: \.isWhitespace)
    return oneWord && match.intent == pendingIntent && match.slots.isEmpty ? input.line : nil
  }

  /// Whether `line` is little more than the slot values in it ("20 units", "P-1003 please").
  static func isBareAnswer(_ line: String, slots: [String: String]) -> Bool {
    guard !slots.isEmpty else { return false }
    var rest = line.lowercased()
    for value in slots.values {
      rest = rest.replacingOccurrences(of: value.lowercased(), with: " ")
    }
    let words = rest.split { !($0.isLetter || $0.isNumber) }
    return words.count <= 1
  }
}
