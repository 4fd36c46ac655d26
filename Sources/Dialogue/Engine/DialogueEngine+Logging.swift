import Office

/// The engine's writes to the conversation log: opening a conversation and recording a turn.
extension DialogueEngine {
  /// Turns group commit of the log on or off: while on, turns are held in memory and written
  /// together by ``commitLog()`` (or by the next other write). A caller that turns it on shows
  /// a reply only after the commit that holds its turn. Turning it off commits what is held.
  public func batchLogWrites(_ on: Bool) throws(DialogueError) {
    do {
      try store.batchLogWrites(on)
    } catch {
      throw .logging(error)
    }
  }

  /// Writes every held turn in one transaction.
  public func commitLog() throws(DialogueError) {
    do {
      try store.commitLog()
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
          channel: settings.channel, at: clock.now()))
    } catch {
      throw .logging(error)
    }
  }

  func earnedOutcome(of session: Session) -> ConversationOutcome {
    if session.escalated { return .escalated }
    return session.context.lastAnswered ? .resolved : .abandoned
  }
}
