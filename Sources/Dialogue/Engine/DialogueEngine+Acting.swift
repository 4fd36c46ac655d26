import IntentMatching
import Office

/// What acting on a decision came to, applied to the session in one place (``settle(_:_:)``).
enum TurnEffect {
  /// A final answer to a request.
  case answered(String)
  /// A slot is still needed: the question asks for `slot` of `intent`.
  case asked(intent: String, slot: String, slots: [String: String], question: String)
  /// A yes or no is awaited.
  case confirming(question: String, Confirmation)
  /// The conversation was handed to a human.
  case escalated(String)
  /// The role may not: the request is over, refused.
  case refused(String)
  /// A no to a confirmation: nothing changed.
  case declined(String)
  /// Nothing in the catalog matched, or the line was not acted on (a card number).
  case notAnswered(String)

  /// The reply shown.
  var reply: String {
    switch self {
    case .answered(let text), .escalated(let text), .refused(let text), .declined(let text),
      .notAnswered(let text):
      return text
    case .asked(_, _, _, let question), .confirming(let question, _): return question
    }
  }
}

extension DialogueEngine {
  /// Acts on `decision`: finds missing slots in the records, asks for one, runs the handler or
  /// the FAQ answer, and settles the session's state; returns the turn to log.
  func act(
    on decision: TurnDecision, text: String, language: Language, session: Session,
    conversationID: Int64, trail: ActionTrail
  ) throws(DialogueError) -> Turn {
    let pending = session.pending
    var slots = decision.slots
    let effect: TurnEffect
    switch decision.kind {
    case .cardNumber:
      effect = .notAnswered(SystemPhrases.cardNumberMasked(language))
    case .outOfScope:
      effect = .notAnswered(fallback(language))
    case .confirmed, .declined:
      guard case .confirmation(let confirmation) = pending,
        let intent = catalog.intent(named: confirmation.intent)
      else {
        effect = .declined(SystemPhrases.declined(language))
        break
      }
      let context = handlerContext(
        intent, confirmation.slots, language, session, conversationID, trail)
      if decision.kind == .confirmed {
        do {
          effect = Self.effect(
            of: try confirmation.onYes(context), intent.name, confirmation.slots)
        } catch {
          throw .handler(intent.handler ?? intent.name, error)
        }
      } else {
        effect = .declined(confirmation.onNo(context))
      }
    case .refused:
      guard let intent = catalog.intent(named: decision.intent) else {
        effect = .notAnswered(fallback(language))
        break
      }
      let context = handlerContext(intent, slots, language, session, conversationID, trail)
      effect = .refused(try refusal(context, roles: decision.requiredRoles))
    case .newRequest, .slotAnswer, .followUp:
      guard let intent = catalog.intent(named: decision.intent) else {
        effect = .notAnswered(fallback(language))
        break
      }
      resolveMissingSlots(of: intent, &slots, in: text, language, session, conversationID, trail)
      let context = handlerContext(intent, slots, language, session, conversationID, trail)
      if let missing = intent.slots.first(where: { slots[$0] == nil }) {
        var question = prompt(for: missing, of: intent, language)
        if let hint = try? handler(of: intent)?.hint(for: missing, context) {
          question += (language == .japanese ? "" : " ") + hint
        }
        effect = .asked(intent: intent.name, slot: missing, slots: slots, question: question)
      } else {
        let (dispatched, used) = try dispatch(context)
        effect = dispatched
        slots = used
      }
    }
    settle(session, decision: decision, slots: slots, effect: effect)
    return Turn(
      text: text, reply: effect.reply, decision: decision, slots: slots, language: language,
      actions: trail.actions)
  }

  /// The session's state after a turn: the only place that changes it.
  func settle(
    _ session: Session, decision: TurnDecision, slots: [String: String], effect: TurnEffect
  ) {
    session.pending = nil
    switch decision.kind {
    case .newRequest, .slotAnswer, .followUp, .refused:
      for (name, value) in slots { session.context.slots[name] = value }
      session.context.intent = decision.intent
    case .confirmed, .declined, .outOfScope, .cardNumber:
      break
    }
    switch effect {
    case .answered, .refused, .declined:
      session.context.lastAnswered = true
    case .asked(let intent, let slot, let known, let question):
      session.pending = .slot(intent: intent, name: slot, slots: known, question: question)
      session.context.lastAnswered = false
    case .confirming(_, let confirmation):
      session.pending = .confirmation(confirmation)
      session.context.lastAnswered = false
    case .escalated:
      session.escalated = true
      session.context.lastAnswered = true
    case .notAnswered:
      session.context.lastAnswered = false
    }
  }

  /// Runs the request's rules and its handler (or FAQ answer); returns the effect and the slots
  /// the handler used.
  private func dispatch(_ context: HandlerContext) throws(DialogueError)
    -> (TurnEffect, [String: String])
  {
    let name = context.intent.handler ?? context.intent.name
    let handler = handler(of: context.intent)
    let rule: RuleDecision
    let required: [Role]?
    do {
      rule = ruleDecision(for: try ruleFacts(context, handler: handler))
      required = try context.office.refusal(
        requiring: rule.requiredRoles, for: context.intent.name)
    } catch {
      throw .handler(name, error)
    }
    let language = context.language
    if let required {
      return (
        .refused(rule.withNotes(Replies.forbidden(required, context), language)), context.slots
      )
    }
    var outcome: HandlerOutcome
    do {
      if let escalation = rule.escalation {
        outcome = try HumanAgentHandler.escalate(
          context, priority: escalation.priority, team: escalation.team)
      } else if let handler {
        outcome = try handler.handle(context)
      } else {
        outcome = .answer(answer(for: context.intent, language, variant: rule.variant))
      }
    } catch let error as DialogueError {
      throw error
    } catch {
      throw .handler(name, error)
    }
    if case .answer = outcome, let texts = rule.answer {
      outcome = .answer(texts[language] ?? texts.values.first ?? "")
    }
    switch Self.effect(of: outcome, context.intent.name, context.slots) {
    case .answered(let text): return (.answered(rule.withNotes(text, language)), context.slots)
    case .escalated(let text): return (.escalated(rule.withNotes(text, language)), context.slots)
    case let other: return (other, context.slots)
    }
  }

  /// The effect of a handler's outcome for `intent`.
  private static func effect(
    of outcome: HandlerOutcome, _ intent: String, _ slots: [String: String]
  ) -> TurnEffect {
    switch outcome {
    case .answer(let text): return .answered(text)
    case .ask(let slot, let question):
      return .asked(intent: intent, slot: slot, slots: slots, question: question)
    case .confirm(let question, let confirmation):
      return .confirming(question: question, confirmation)
    case .escalate(let text): return .escalated(text)
    }
  }

  /// Slots the line names in words, found by the intent's handler (an employee's name); the
  /// decision has already refused roles the handler's ``IntentHandler/access`` does not allow.
  private func resolveMissingSlots(
    of intent: IntentDefinition, _ slots: inout [String: String], in text: String,
    _ language: Language, _ session: Session, _ conversationID: Int64, _ trail: ActionTrail
  ) {
    let missing = intent.slots.filter { slots[$0] == nil }
    guard !missing.isEmpty, let handler = handler(of: intent) else { return }
    let context = handlerContext(intent, slots, language, session, conversationID, trail)
    for slot in missing where handler.slotsFoundInWords.contains(slot) {
      if let value = try? handler.resolve(slot, in: text, context) {
        slots[slot] = value
      }
    }
  }

  /// What a handler of this session sees for one request.
  func handlerContext(
    _ intent: IntentDefinition, _ slots: [String: String], _ language: Language,
    _ session: Session, _ conversationID: Int64, _ trail: ActionTrail? = nil
  ) -> HandlerContext {
    HandlerContext(
      intent: intent, slots: slots, language: language, settings: session.settings,
      conversationID: conversationID, store: store, clock: clock, referenceDay: referenceDay,
      trail: trail)
  }

  /// The refusal for a session whose role may never reach the records of the intent's handler,
  /// audited through the session's back office.
  private func refusal(_ context: HandlerContext, roles: [Role]) throws(DialogueError) -> String {
    guard let (operation, resource) = handler(of: context.intent)?.access else {
      return Replies.forbidden(roles, context)
    }
    do {
      let required = try context.office.refusal(operation, resource) ?? roles
      return Replies.forbidden(required, context)
    } catch {
      throw .handler(context.intent.handler ?? context.intent.name, error)
    }
  }
}
