import Foundation
import IntentMatching
import Office

/// Answers turns: classifies a line, fills slots, dispatches to a handler or a FAQ answer,
/// and commits the turn to the conversation log before the reply is returned.
public final class DialogueEngine {
  /// The longest line answered; longer lines are refused.
  public static let maximumLineLength = 10_000
  /// The confidence a new intent needs to abandon a pending slot question.
  static let confidentSwitch = 0.7

  /// The catalog in force.
  public private(set) var catalog: IntentCatalog
  /// The classifier trained on ``catalog``.
  public private(set) var classifier: any IntentClassifier
  /// The records and the conversation log.
  public let store: any Store
  /// The back-office handlers.
  public var handlers: HandlerRegistry
  /// The clock stamping turns.
  public let clock: any Clock
  /// The business rules applied before a request is answered (`rules.yml`).
  public var rules = RuleSet()
  /// The day invoices are judged on (`yyyy-MM-dd`; see ``BackOffice/referenceDay``): today in
  /// the interactive console and `ask`, nil (statuses as stored) in piped sessions and tests.
  public var referenceDay: String?

  /// Creates an engine.
  public init(
    catalog: IntentCatalog, classifier: any IntentClassifier, store: any Store,
    handlers: HandlerRegistry = HandlerRegistry(), clock: any Clock = SystemClock()
  ) {
    self.catalog = catalog
    self.classifier = classifier
    self.store = store
    self.handlers = handlers
    self.clock = clock
  }

  /// Replaces the catalog and its classifier (`/reload`).
  public func replaceCatalog(_ catalog: IntentCatalog, classifier: any IntentClassifier) {
    self.catalog = catalog
    self.classifier = classifier
  }

  /// Answers one line of `session` and logs the turn before returning it (while log batching
  /// is on, the turn is held for the next ``commitLog()``).
  public func respond(to line: String, in session: Session) throws(DialogueError) -> Turn {
    let text = line.trimmed
    guard text.count <= Self.maximumLineLength else {
      throw .lineTooLong(length: text.count, limit: Self.maximumLineLength)
    }
    let conversationID = try openConversation(for: session)
    let turn = try decide(text, session: session, conversationID: conversationID)
    try record(turn, session: session, conversationID: conversationID)
    session.turns.append(turn)
    return turn
  }

  /// Explains the last classified utterance of `session` (`/why`).
  public func explainLast(in session: Session, count: Int = 3) -> Explanation? {
    guard let utterance = session.lastUtterance else { return nil }
    return classifier.explain(utterance, count: count)
  }

  /// Closes the open conversation of `session`, if any, with `outcome` (or the one it earned).
  public func endConversation(of session: Session, outcome: ConversationOutcome? = nil)
    throws(DialogueError)
  {
    guard let id = session.conversationID else { return }
    let final = outcome ?? earnedOutcome(of: session)
    do {
      try store.endConversation(id: id, outcome: final, at: clock.now())
    } catch {
      throw .logging(error)
    }
    session.resetConversation()
  }

  /// Speaks as another customer: closes the open conversation and changes the session's customer.
  public func switchCustomer(of session: Session, to customerID: String?) throws(DialogueError) {
    try endConversation(of: session)
    session.settings.customerID = customerID
    if !session.settings.roleIsExplicit {
      session.settings.role = customerID == nil ? .agent : .customer
    }
  }

  // MARK: - Deciding

  private func decide(_ text: String, session: Session, conversationID: Int64)
    throws(DialogueError) -> Turn
  {
    let language = Self.language(of: text, after: session.turns.last?.language)
    if case .confirmation(let confirmation) = session.pending, let answer = YesNo.read(text) {
      session.pending = nil
      return try confirm(
        confirmation, yes: answer, text: text, language: language, session: session,
        conversationID: conversationID)
    }
    session.lastUtterance = text
    var match = classifier.classify(text)
    if match.slots["phone"] == nil, let phone = Self.phoneNumber(in: text) {
      match.slots["phone"] = phone
    }
    var request = resolveRequest(match: match, session: session)
    if request == nil, case .slot = session.pending {} else { session.pending = nil }
    guard var resolved = request else {
      session.pending = nil
      session.context.lastAnswered = false
      return Turn(
        text: text, reply: fallback(language), intent: Match.outOfScope,
        confidence: match.confidence, slots: match.slots, language: language)
    }
    session.pending = nil
    // A role that may never reach the handler's records is told so before any slot is sought,
    // in the line (an employee's name) or by a question.
    if resolved.intent.slots.contains(where: { resolved.slots[$0] == nil }),
      let refusal = try refusalBeforeSlots(
        handlerContext(resolved.intent, resolved.slots, language, session, conversationID))
    {
      for (name, value) in resolved.slots { session.context.slots[name] = value }
      session.context.intent = resolved.intent.name
      session.context.lastAnswered = true
      return Turn(
        text: text, reply: refusal, intent: resolved.intent.name,
        confidence: resolved.confidence, slots: resolved.slots, language: language)
    }
    resolveMissingSlots(of: &resolved, in: text, language, session, conversationID)
    for (name, value) in resolved.slots { session.context.slots[name] = value }
    session.context.intent = resolved.intent.name
    if let missing = resolved.intent.slots.first(where: { resolved.slots[$0] == nil }) {
      let context = handlerContext(
        resolved.intent, resolved.slots, language, session, conversationID)
      session.pending = .slot(intent: resolved.intent.name, name: missing, slots: resolved.slots)
      session.context.lastAnswered = false
      var question = prompt(for: missing, of: resolved.intent, language)
      if let hint = slotHint(missing, context) {
        question += (language == .japanese ? "" : " ") + hint
      }
      return Turn(
        text: text, reply: question,
        intent: resolved.intent.name, confidence: resolved.confidence, slots: resolved.slots,
        language: language)
    }
    request = resolved
    let context = handlerContext(resolved.intent, resolved.slots, language, session, conversationID)
    let reply = try dispatch(context, session: session)
    resolved.slots = context.slots
    return Turn(
      text: text, reply: reply, intent: resolved.intent.name, confidence: resolved.confidence,
      slots: resolved.slots, language: language)
  }

  /// What the line asks for: a new request, a slot answer, or a follow-up on the last intent.
  private func resolveRequest(match: Match, session: Session) -> Request? {
    if case .slot(let intentName, let slotName, let known) = session.pending,
      let intent = catalog.intent(named: intentName)
    {
      let answersSlot = match.slots[slotName] ?? freeTextSlot(slotName, match: match, session)
      let switchesIntent =
        !match.isOutOfScope && match.intent != intentName
        && match.confidence >= Self.confidentSwitch
        && !Self.isBareAnswer(session.lastUtterance ?? "", slots: match.slots)
      if let value = answersSlot, !switchesIntent {
        var slots = known.merging(match.slots) { $1 }
        slots[slotName] = value
        return Request(intent: intent, slots: slots, confidence: max(match.confidence, 0.5))
      }
    }
    if let followUp = followUp(match: match, session: session) { return followUp }
    if !match.isOutOfScope, let intent = catalog.intent(named: match.intent) {
      var slots = match.slots
      if intent.slots.contains("customer_id"), slots["customer_id"] == nil,
        let own = session.settings.customerID
      {
        slots["customer_id"] = own
      }
      for name in intent.slots where slots[name] == nil {
        if let known = session.context.slots[name] { slots[name] = known }
      }
      return Request(intent: intent, slots: slots, confidence: match.confidence)
    }
    return nil
  }

  /// A follow-up such as "and 1003?": slots of the last intent, in a line that the matcher gives
  /// to no intent, or to one that takes none of those slots, without confidence.
  private func followUp(match: Match, session: Session) -> Request? {
    guard let last = session.context.intent, let intent = catalog.intent(named: last),
      !match.slots.isEmpty, match.slots.keys.allSatisfy({ intent.slots.contains($0) })
    else { return nil }
    if !match.isOutOfScope && match.intent != last {
      let matched = catalog.intent(named: match.intent)
      let takesSlots = match.slots.keys.contains { matched?.slots.contains($0) ?? false }
      guard !takesSlots, match.confidence < Self.confidentSwitch else { return nil }
    } else if !match.isOutOfScope {
      return nil
    }
    let slots = session.context.slots.merging(match.slots) { $1 }
    return Request(intent: intent, slots: slots, confidence: match.confidence)
  }

  /// A slot that no extractor recognises (an employee's name) is the whole line.
  private func freeTextSlot(_ name: String, match: Match, _ session: Session) -> String? {
    guard !BuiltInSlots.names.contains(name), let line = session.lastUtterance else { return nil }
    if match.isOutOfScope { return line }
    // One word under the asking intent ("someone@@example") is an answer, not a new request.
    let pendingIntent: String? =
      if case .slot(let intent, _, _) = session.pending { intent } else { nil }
    let oneWord = !line.contains(where: \.isWhitespace)
    return oneWord && match.intent == pendingIntent && match.slots.isEmpty ? line : nil
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

  private func dispatch(_ context: HandlerContext, session: Session) throws(DialogueError)
    -> String
  {
    let name = context.intent.handler ?? context.intent.name
    let handler = handler(of: context.intent)
    let decision: RuleDecision
    do {
      decision = ruleDecision(for: try ruleFacts(context, handler: handler))
    } catch {
      throw .handler(name: name, message: String(describing: error))
    }
    let language = context.language
    if decision.refuses(context.settings.role) {
      session.context.lastAnswered = true
      return decision.withNotes(Replies.forbidden(decision.requiredRoles, context), language)
    }
    var outcome: HandlerOutcome
    do {
      if let escalation = decision.escalation {
        outcome = try HumanAgentHandler.escalate(
          context, priority: escalation.priority, team: escalation.team)
      } else if let handler {
        outcome = try handler.handle(context)
      } else {
        outcome = .answer(answer(for: context.intent, language, variant: decision.variant))
        if context.intent.name == "human_agent" { outcome = .escalate(Self.text(of: outcome)) }
      }
    } catch let error as DialogueError {
      throw error
    } catch {
      throw .handler(name: name, message: String(describing: error))
    }
    if case .answer = outcome, let texts = decision.answer {
      outcome = .answer(texts[language] ?? texts.values.first ?? "")
    }
    let reply = apply(outcome, intent: context.intent.name, slots: context.slots, session: session)
    switch outcome {
    case .answer, .escalate: return decision.withNotes(reply, language)
    case .ask, .confirm: return reply
    }
  }

  private static func text(of outcome: HandlerOutcome) -> String {
    switch outcome {
    case .answer(let text), .escalate(let text): return text
    case .ask(_, let question), .confirm(let question, _): return question
    }
  }

  /// Slots the line names in words, found by the intent's handler (an employee's name); called
  /// only for roles the handler's ``IntentHandler/access`` allows.
  private func resolveMissingSlots(
    of request: inout Request, in text: String, _ language: Language, _ session: Session,
    _ conversationID: Int64
  ) {
    let missing = request.intent.slots.filter { request.slots[$0] == nil }
    guard !missing.isEmpty,
      let resolving = handler(of: request.intent) as? any SlotResolving
    else { return }
    let context = handlerContext(request.intent, request.slots, language, session, conversationID)
    for slot in missing {
      if let value = try? resolving.resolve(slot, in: text, context) {
        request.slots[slot] = value
      }
    }
  }

  /// The back-office handler of `intent` (named by its `handler:` line, else by the intent).
  private func handler(of intent: IntentDefinition) -> (any IntentHandler)? {
    handlers.handler(named: intent.handler ?? intent.name)
  }

  /// What a handler of this session sees for one request.
  private func handlerContext(
    _ intent: IntentDefinition, _ slots: [String: String], _ language: Language,
    _ session: Session, _ conversationID: Int64
  ) -> HandlerContext {
    HandlerContext(
      intent: intent, slots: slots, language: language, settings: session.settings,
      conversationID: conversationID, store: store, clock: clock, referenceDay: referenceDay)
  }

  /// The refusal for a session whose role may never reach the records of the intent's handler
  /// (audited), or nil.
  private func refusalBeforeSlots(_ context: HandlerContext) throws(DialogueError) -> String? {
    guard let (operation, resource) = handler(of: context.intent)?.access else { return nil }
    do {
      guard let roles = try context.office.refusal(operation, resource) else { return nil }
      return Replies.forbidden(roles, context)
    } catch {
      throw .handler(name: context.intent.handler ?? context.intent.name, message: error.message)
    }
  }

  /// What the intent's handler adds to the question for a missing slot (the open orders).
  private func slotHint(_ slot: String, _ context: HandlerContext) -> String? {
    guard let hinting = handler(of: context.intent) as? any SlotHinting else { return nil }
    return try? hinting.hint(for: slot, context)
  }

  private func confirm(
    _ confirmation: Confirmation, yes: Bool, text: String, language: Language, session: Session,
    conversationID: Int64
  ) throws(DialogueError) -> Turn {
    guard let intent = catalog.intent(named: confirmation.intent) else {
      return Turn(
        text: text, reply: SystemPhrases.declined(language), intent: confirmation.intent,
        confidence: 1, slots: confirmation.slots, language: language)
    }
    let context = handlerContext(intent, confirmation.slots, language, session, conversationID)
    let reply: String
    if yes {
      do {
        let outcome = try confirmation.onYes(context)
        reply = apply(outcome, intent: intent.name, slots: confirmation.slots, session: session)
      } catch {
        throw .handler(name: intent.handler ?? intent.name, message: String(describing: error))
      }
    } else {
      reply = confirmation.onNo(context)
      session.context.lastAnswered = true
    }
    return Turn(
      text: text, reply: reply, intent: intent.name, confidence: 1, slots: confirmation.slots,
      language: language)
  }

  private func apply(
    _ outcome: HandlerOutcome, intent: String, slots: [String: String], session: Session
  ) -> String {
    switch outcome {
    case .answer(let text):
      session.context.lastAnswered = true
      return text
    case .ask(let slot, let question):
      session.pending = .slot(intent: intent, name: slot, slots: slots)
      session.context.lastAnswered = false
      return question
    case .confirm(let question, let confirmation):
      session.pending = .confirmation(confirmation)
      session.context.lastAnswered = false
      return question
    case .escalate(let text):
      session.escalated = true
      session.context.lastAnswered = true
      return text
    }
  }

  /// A phone number in `text` next to Japanese words (`電話番号が090-1234-5678に`), which the
  /// matcher's extractor misses.
  static func phoneNumber(in text: String) -> String? {
    // A number of ten digits or more; most lines have fewer and skip the expression.
    guard text.utf8.lazy.filter({ $0 >= 48 && $0 <= 57 }).count >= 10,
      Language.detect(text) == .japanese
    else { return nil }
    let pattern = #"(?<![0-9A-Za-z\-])\+?[0-9][0-9\- ]{8,16}[0-9](?![0-9A-Za-z\-])"#
    guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
    return String(text[range])
  }
}

/// One request: an intent and its slots.
private struct Request {
  var intent: IntentDefinition
  var slots: [String: String]
  var confidence: Double
}

/// The slot names the matcher's built-in extractors fill.
enum BuiltInSlots {
  static let names: Set<String> = [
    "order_id", "invoice_id", "product_id", "customer_id", "email", "phone", "date", "amount",
    "quantity",
  ]
}
