/// The report's counts of user lines (see ``MessageCounts``) for messages written by an import
/// into a database that held none: the store counts the lines it logs itself, an import counts
/// the lines it writes here, by the same rule, and writes the counts with them.
struct ImportedMessageCounts {
  private struct Hour: Hashable {
    var hour: String
    var channel: String
  }
  private struct Day: Hashable {
    var day: String
    var channel: String
    var intent: String
    var agent: String
  }
  private var hours: [Hour: Int64] = [:]
  private var days: [Day: Int64] = [:]

  /// The positions of the fields counted among the messages' import fields.
  private static let fields = ExportEntity.messages.importFields.map(\.column.expression)
  private static let speaker = fields.firstIndex(of: "speaker")!
  private static let channel = fields.firstIndex(of: "channel")!
  private static let at = fields.firstIndex(of: "at")!
  private static let intent = fields.firstIndex(of: "intent")!
  private static let agent = fields.firstIndex(of: "agent")!

  /// Counts one imported message (its stored values, in the order of the import fields).
  mutating func add(_ values: [StoredValue]) {
    guard case .text(let speaker) = values[Self.speaker], speaker != "bot",
      case .text(let channel) = values[Self.channel], case .text(let at) = values[Self.at]
    else { return }
    let intent: String
    if case .text(let text) = values[Self.intent] { intent = text } else { intent = "oos" }
    let agent: String
    if case .text(let text) = values[Self.agent] { agent = text } else { agent = "(none)" }
    hours[Hour(hour: String(at.prefix(13)), channel: channel), default: 0] += 1
    days[
      Day(day: String(at.prefix(10)), channel: channel, intent: intent, agent: agent), default: 0] +=
      1
  }

  /// Writes the counts into the report's tables.
  func write(_ writer: any TableWriter) throws(StoreError) {
    for (key, n) in hours {
      try writer.upsert(
        [.text(key.hour), .text(key.channel), .integer(n)], into: "message_hourly",
        columns: ["hour", "channel", "n"], key: ["hour", "channel"])
    }
    for (key, n) in days {
      try writer.upsert(
        [.text(key.day), .text(key.channel), .text(key.intent), .text(key.agent), .integer(n)],
        into: "message_daily", columns: ["day", "channel", "intent", "agent", "n"],
        key: ["day", "channel", "intent", "agent"])
    }
  }
}
