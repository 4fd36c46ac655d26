import Foundation

/// Writes a session's turns as a `*.chat` transcript that `switchboard test` replays.
public enum TranscriptWriter {
  /// The transcript text for `turns` spoken with `settings`; `referenceDay` is the day the
  /// engine judged invoices and relative dates on (``DialogueEngine/referenceDay``), written as
  /// `@today` so that the transcript replays the same on any later day.
  public static func text(
    for turns: [Turn], settings: SessionSettings, referenceDay: String? = nil
  ) -> String {
    var lines = ["# Conversation saved from the switchboard console."]
    if let customer = settings.customerID { lines.append("@as \(customer)") }
    lines.append("@role \(settings.role.rawValue)")
    if let agent = settings.agent { lines.append("@agent \(agent)") }
    if let referenceDay { lines.append("@today \(referenceDay)") }
    for turn in turns {
      lines.append("> \(turn.text.replacingOccurrences(of: "\n", with: " "))")
      lines.append("= \(turn.intent)")
      if let expected = expectedText(turn.reply) { lines.append("< \(expected)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The reply's first non-empty line, when it can stand as a substring expectation.
  private static func expectedText(_ reply: String) -> String? {
    let first = reply.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.first { !$0.isEmpty }
    guard let first, !(first.hasPrefix("/") && first.hasSuffix("/") && first.count > 1) else {
      return nil
    }
    return first
  }
}
