import Office

/// The engine's writes to the conversation log: opening a conversation and recording a turn.
extension DialogueEngine {
  /// Runs `body` as one unit of work of the store (see ``Store/unitOfWork(_:)``): the turns it
  /// answers are committed together when it returns. Show what `body` produced only after this
  /// returns; when the commit fails it throws and none of those turns is in the log.
  public func together<T>(_ body: () -> T) throws(DialogueError) -> T {
    do {
      return try store.unitOfWork(body)
    } catch {
      throw .store(error)
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
      throw .store(error)
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
      throw .store(error)
    }
  }

  func earnedOutcome(of session: Session) -> ConversationOutcome {
    if session.escalated { return .escalated }
    return session.context.lastAnswered ? .resolved : .abandoned
  }
}
