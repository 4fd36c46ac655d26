import Foundation
import IntentMatching
import Office

/// Answers turns as one pipeline: classify the line, decide what it is (a pure value, see
/// ``TurnDecision``), act on the decision in one place, then log the turn as it happened before
/// the reply is returned.
///
/// The steps live in `DialogueEngine+Deciding.swift` (the decision) and
/// `DialogueEngine+Acting.swift` (slots from the records, the question, the handler, the
/// session's new state); `DialogueEngine+Logging.swift` writes the turn.
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
  /// The intent whose answer follows "Sorry, I didn't understand that." (what the console can
  /// do); nil, or an intent the catalog lacks, points to `/help` instead.
  public var fallbackIntent: String? = "capabilities"

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

  /// Answers one line of `session` and logs the turn before returning it (inside
  /// ``together(_:)``, the turn is committed when the unit of work ends).
  ///
  /// The pipeline: mask card numbers, classify, ``decide(_:)``, act, log.
  public func respond(to line: String, in session: Session) throws(DialogueError) -> Turn {
    var text = line.trimmed
    guard text.count <= Self.maximumLineLength else {
      throw .lineTooLong(length: text.count, limit: Self.maximumLineLength)
    }
    let masked = CardNumbers.masked(text)
    if let masked { text = masked }
    let conversationID = try openConversation(for: session)
    let language = Self.language(of: text, after: session.lastLanguage)
    let decision = decide(
      DecisionInput(
        line: text, match: classify(text), language: language, holdsCardNumber: masked != nil,
        pending: session.pending, context: session.context, settings: session.settings))
    let trail = ActionTrail()
    let turn = try act(
      on: decision, text: text, language: language, session: session,
      conversationID: conversationID, trail: trail)
    try record(turn, session: session, conversationID: conversationID)
    session.remember(turn)
    session.lastUtterance = text
    session.lastDecision = decision
    session.lastLanguage = language
    return turn
  }

  /// The matcher's result for `text`, with a phone number next to Japanese words that its
  /// extractor misses.
  func classify(_ text: String) -> Match {
    var match = classifier.classify(text)
    if match.slots["phone"] == nil, let phone = Self.phoneNumber(in: text) {
      match.slots["phone"] = phone
    }
    return match
  }

  /// Explains the last line of `session` as the matcher saw it (`/why`); the decision actually
  /// used is ``Session/lastDecision``.
  public func explainLast(in session: Session, count: Int = 3) -> Explanation? {
    guard let utterance = session.lastUtterance else { return nil }
    return classifier.explain(utterance, count: count)
  }

  /// Closes the open conversation of `session`, if any, with `outcome` (or the one it earned).
  public func endConversation(of session: Session, outcome: ConversationOutcome? = nil)
    throws(DialogueError)
  {
    guard let id = session.conversationID else {
      session.resetConversation()
      return
    }
    let final = outcome ?? earnedOutcome(of: session)
    do {
      try store.endConversation(id: id, outcome: final, at: clock.now())
    } catch {
      throw .store(error)
    }
    session.resetConversation()
  }

  /// Speaks as another customer: closes the open conversation and changes the session's
  /// customer; the new conversation starts with nothing of the previous one.
  public func switchCustomer(of session: Session, to customerID: String?) throws(DialogueError) {
    try endConversation(of: session)
    session.settings.customerID = customerID
    if !session.settings.roleIsExplicit {
      session.settings.role = customerID == nil ? .agent : .customer
    }
  }

  /// The back-office handler of `intent` (named by its `handler:` line, else by the intent).
  func handler(of intent: IntentDefinition) -> (any IntentHandler)? {
    handlers.handler(named: intent.handler ?? intent.name)
  }

  /// A phone number in `text` next to Japanese words (`電話番号が090-1234-5678に`), which the
  /// matcher's extractor misses.
  static func phoneNumber(in text: String) -> String? {
    // A number of ten digits or more; most lines have fewer and skip the expression.
    guard DigitCount.of(text) >= 10,
      Language.detect(text) == .japanese
    else { return nil }
    let pattern = #"(?<![0-9A-Za-z\-])\+?[0-9][0-9\- ]{8,16}[0-9](?![0-9A-Za-z\-])"#
    guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
    return String(text[range])
  }
}

/// The slot names the matcher's built-in extractors fill.
enum BuiltInSlots {
  static let names: Set<String> = [
    "order_id", "invoice_id", "product_id", "customer_id", "email", "phone", "date", "amount",
    "quantity",
  ]
}
