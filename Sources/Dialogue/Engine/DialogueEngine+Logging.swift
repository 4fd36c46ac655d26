import Office

/// The engine's writes to the conversation log: opening a conversation and recording a turn.
extension DialogueEngine {

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
