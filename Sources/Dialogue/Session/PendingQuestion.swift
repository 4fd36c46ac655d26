/// A question the console asked and whose answer the next line gives.
enum PendingQuestion {
  /// A missing slot of `intent`: `question` asked for `name`; `slots` holds those already known.
  case slot(intent: String, name: String, slots: [String: String], question: String)
  /// A yes/no confirmation of an action.
  case confirmation(Confirmation)
}

/// An action that waits for the user's yes or no.
public struct Confirmation {
  /// The intent the action belongs to.
  public var intent: String
  /// The slots of the request.
  public var slots: [String: String]
  /// What happens on yes.
  public var onYes: (HandlerContext) throws -> HandlerOutcome
  /// The reply on no.
  public var onNo: (HandlerContext) -> String

  /// Creates a confirmation.
  public init(
    intent: String, slots: [String: String],
    onYes: @escaping (HandlerContext) throws -> HandlerOutcome,
    onNo: @escaping (HandlerContext) -> String
  ) {
    self.intent = intent
    self.slots = slots
    self.onYes = onYes
    self.onNo = onNo
  }
}
