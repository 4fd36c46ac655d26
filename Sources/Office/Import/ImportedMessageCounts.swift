/// The report's counts of user lines (``MessageCounts``) for messages written by an import into
/// a database that held none: the store counts the lines it logs itself, an import counts the
/// lines it writes here, by the same rule, and writes the counts with them.
struct ImportedMessageCounts {
  private var counts = MessageCounts()

  /// The positions of the fields counted among the messages' import fields.
  private static let fields = ExportEntity.messages.importFields.map(\.column.expression)
  private static let speaker = fields.firstIndex(of: "speaker")!
  private static let channel = fields.firstIndex(of: "channel")!
  private static let at = fields.firstIndex(of: "at")!
  private static let intent = fields.firstIndex(of: "intent")!
  private static let agent = fields.firstIndex(of: "agent")!

  /// Counts one imported message (its stored values, in the order of the import fields).
  mutating func add(_ values: [StoredValue]) {
    guard case .text(let speaker) = values[Self.speaker],
      case .text(let channel) = values[Self.channel], case .text(let at) = values[Self.at]
    else { return }
    var intent = "oos"
    if case .text(let text) = values[Self.intent] { intent = text }
    var agent: String?
    if case .text(let text) = values[Self.agent] { agent = text }
    counts.add(speaker: speaker, channel: channel, intent: intent, agent: agent, at: at)
  }

  /// Writes the counts into the report's tables.
  func write(_ writer: any TableWriter) throws(StoreError) {
    let (hours, days) = counts.sorted
    for hour in hours {
      try writer.upsert(
        [.text(hour.hour), .text(hour.channel), .integer(Int64(hour.n))], into: "message_hourly",
        columns: ["hour", "channel", "n"], key: ["hour", "channel"])
    }
    for day in days {
      try writer.upsert(
        [
          .text(day.day), .text(day.channel), .text(day.intent), .text(day.agent),
          .integer(Int64(day.n)),
        ],
        into: "message_daily", columns: ["day", "channel", "intent", "agent", "n"],
        key: ["day", "channel", "intent", "agent"])
    }
  }
}
