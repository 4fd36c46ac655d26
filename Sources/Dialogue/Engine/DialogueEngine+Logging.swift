import Office

/// The engine's writes to the conversation log: opening a conversation and recording a turn.
extension DialogueEngine {
  /// Turns group commit of the log on or off (see ``Store/batchLogWrites(_:)``): while on, turns
  /// join one open transaction, made durable by ``commitLog()``. A caller that turns it on shows
  /// a reply only after the commit that holds its turn. Turning it off commits.
  public func batchLogWrites(_ on: Bool) throws(DialogueError) {
    try logging { () throws(StoreError) in try store.batchLogWrites(on) }
  }

  /// Commits the open group of turns.
  public func commitLog() throws(DialogueError) {
    try logging { () throws(StoreError) in try store.commitLog() }
  }

  /// `body`, with a store error reported as a logging error.
  private func logging(_ body: () throws(StoreError) -> Void) throws(DialogueError) {
    do {
      try body()
    } catch {
      throw .logging(error)
    }
  }

  func openConversation(for session: Session) throws(DialogueError) -> Int64 {
    if let id = session.conversationID { return id }
    let settings = session.settings
    do {
      let id = try store.startConversation(
        NewConversation(
          customerID: settings.customerID, channel: settings.channel, agent: settings.agent,
          role: settings.role, startedAt: clock.now()))
      session.conversationID = id
      return id
    } catch {
      throw .logging(error)
    }
  }

  func record(_ turn: Turn, session: Session, conversationID: Int64)
    throws(DialogueError)
  {
    let settings = session.settings
    do {
      try store.recordTurn(
        TurnRecord(
          conversationID: conversationID, speaker: settings.speaker, text: turn.text,
          reply: turn.reply, intent: turn.intent, confidence: turn.confidence, slots: turn.slots,
          language: turn.language.rawValue, agent: settings.agent, role: settings.role,
          channel: settings.channel, at: clock.now(), decision: turn.decision.kind.rawValue,
          matcherIntent: turn.decision.matcher.intent,
          matcherConfidence: turn.decision.matcher.confidence, actions: turn.actions))
    } catch {
      throw .logging(error)
    }
  }

  func earnedOutcome(of session: Session) -> ConversationOutcome {
    if session.escalated { return .escalated }
    return session.context.lastAnswered ? .resolved : .abandoned
  }
}
