/// Plays a conversation's lines again in a new session, as `switchboard test` will play the
/// transcript written from it, so that the transcript records what the engine answers then.
///
/// `simulate --transcripts` replays each simulated conversation on a fresh copy of the demo
/// company: the transcript then holds the replies a file gets when it runs alone, not replies
/// that depend on what earlier simulated conversations did (ticket numbers, cancelled orders).
public enum TranscriptReplay {
  /// The session settings a transcript written with `settings` is replayed with: the same role
  /// (written as `@role`), customer and agent, on the `test` channel.
  public static func replaySettings(_ settings: SessionSettings) -> SessionSettings {
    SessionSettings(
      role: settings.role, customerID: settings.customerID, agent: settings.agent,
      channel: .test, roleIsExplicit: true)
  }

  /// The turns `engine` gives for `lines` in a new session with the replay settings of
  /// `settings`; the conversation is closed after.
  public static func turns(
    of lines: [String], settings: SessionSettings, on engine: DialogueEngine
  ) throws(DialogueError) -> [Turn] {
    let session = Session(settings: replaySettings(settings))
    for line in lines {
      _ = try engine.respond(to: line, in: session)
    }
    let turns = session.turns
    try engine.endConversation(of: session)
    return turns
  }
}
