import Foundation
import IntentMatching
import Office

/// Answers one kind of request from back-office records instead of a FAQ text.
///
/// Handlers are registered by name in a ``HandlerRegistry``; an intent names its handler in the
/// intent file (`handler: order_status`). The engine asks for missing slots before calling one.
public protocol IntentHandler {
  /// The name intent files use for this handler.
  var name: String { get }

  /// What the handler reads or changes, for ``AccessPolicy``: a role that may never do it is
  /// refused (and audited) before it is asked for a missing slot. Nil: every role may ask.
  var access: RecordAccess? { get }

  /// Answers the request described by `context`.
  func handle(_ context: HandlerContext) throws -> HandlerOutcome

  /// The value of a missing `slot` found in the line with the records' help (an employee named
  /// in words), or nil. The engine asks only for roles that ``access`` allows, so other roles
  /// learn nothing from whether a name exists.
  func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws -> String?

  /// The slots ``resolve(_:in:_:)`` can find in words: the engine asks the handler for these
  /// only, and `intents validate` knows them as slots a catalog may name.
  var slotsFoundInWords: Set<String> { get }

  /// A sentence to add after the question for a missing `slot` (the open orders), or nil.
  func hint(for slot: String, _ context: HandlerContext) throws -> String?

  /// The amount of the request in currency units for business rules, or nil when unknown or
  /// not visible to the session (read through its ``BackOffice``, so no rule can reveal a
  /// record the session may not see).
  func amount(for context: HandlerContext) throws -> Double?
}

/// An operation on a kind of back-office record (`(.read, .orders)`).
public typealias RecordAccess = (operation: AccessOperation, resource: AccessResource)

extension IntentHandler {
  /// Open to every role unless a handler says otherwise.
  public var access: RecordAccess? { nil }

  /// No slot is found in words unless a handler says otherwise.
  public func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws
    -> String?
  { nil }

  /// No slot is found in words unless a handler says otherwise.
  public var slotsFoundInWords: Set<String> { [] }

  /// No hint unless a handler says otherwise.
  public func hint(for slot: String, _ context: HandlerContext) throws -> String? { nil }

  /// The request's `amount` slot, unless a handler reads the amount from the records.
  public func amount(for context: HandlerContext) throws -> Double? {
    context.slots["amount"].flatMap(DialogueEngine.number(in:))
  }
}

/// Everything a handler may use to answer one request.
public struct HandlerContext {
  /// The intent being answered.
  public var intent: IntentDefinition
  /// The slots of the request (extracted, asked for, or taken from the conversation).
  public var slots: [String: String]
  /// The language to answer in.
  public var language: Language
  /// Role, customer, agent and channel of the session.
  public var settings: SessionSettings
  /// The open conversation.
  public var conversationID: Int64
  /// The records.
  public var store: any Store
  /// The session's clock.
  public var clock: any Clock
  /// The day invoices are judged on, or nil for statuses as stored.
  public var referenceDay: String?
  /// What the turn did with the records (every audit entry of its back office), if kept.
  public var trail: ActionTrail?

  /// Creates a context.
  public init(
    intent: IntentDefinition, slots: [String: String], language: Language,
    settings: SessionSettings, conversationID: Int64, store: any Store, clock: any Clock,
    referenceDay: String? = nil, trail: ActionTrail? = nil
  ) {
    self.trail = trail
    self.intent = intent
    self.slots = slots
    self.language = language
    self.settings = settings
    self.conversationID = conversationID
    self.store = store
    self.clock = clock
    self.referenceDay = referenceDay
  }

  /// Picks the English or the Japanese text for the context's language.
  public func text(en: String, ja: String) -> String {
    language == .japanese ? ja : en
  }
}

/// What a handler decided.
public enum HandlerOutcome {
  /// A final answer to the request.
  case answer(String)
  /// A slot is still needed: ask `question`, the next line fills `slot`.
  case ask(slot: String, question: String)
  /// Ask `question` and wait for yes or no.
  case confirm(question: String, Confirmation)
  /// The request was handed to a human (a ticket was opened); the conversation is escalated.
  case escalate(String)
}

/// Handlers by name.
public struct HandlerRegistry {
  private var handlers: [String: any IntentHandler] = [:]

  /// Creates a registry holding `handlers`.
  public init(_ handlers: [any IntentHandler] = []) {
    for handler in handlers { register(handler) }
  }

  /// Adds or replaces a handler.
  public mutating func register(_ handler: any IntentHandler) {
    handlers[handler.name] = handler
  }

  /// The handler with that name, if any.
  public func handler(named name: String) -> (any IntentHandler)? {
    handlers[name]
  }

  /// The names of all registered handlers.
  public var names: [String] { handlers.keys.sorted() }

  /// Every slot some registered handler finds in words (``IntentHandler/slotsFoundInWords``).
  public var slotsFoundInWords: Set<String> {
    handlers.values.reduce(into: []) { $0.formUnion($1.slotsFoundInWords) }
  }
}
