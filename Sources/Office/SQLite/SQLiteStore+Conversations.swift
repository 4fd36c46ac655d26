import Foundation
import GRDB

extension SQLiteStore {
  func customer(id: String) throws(StoreError) -> Customer? {
    guard let number = RecordID.customer.parse(id) else { return nil }
    return try groupCached("customer \(number)") { () throws(StoreError) in
      try read { db in try Customer.fetch(db, number: number) }
    }
  }

  public func startConversation(_ conversation: NewConversation) throws(StoreError) -> Int64 {
    let customerID = conversation.customerID.map { id in
      RecordID.customer.parse(id).map(RecordID.customer.format) ?? id
    }
    return try quickWrite { db in
      try db.run(
        """
        INSERT INTO conversations (customer_id, channel, agent, role, started_at, outcome)
        VALUES (?, ?, ?, ?, ?, 'open')
        """,
        [
          customerID, conversation.channel.rawValue, conversation.agent,
          conversation.role.rawValue, StoredTime.text(conversation.startedAt),
        ])
      return db.lastInsertedRowID
    }
  }

  public func recordTurn(_ turn: TurnRecord) throws(StoreError) {
    let at = StoredTime.text(turn.at)
    // Under group commit the report's counts wait in memory for the group's commit.
    let countsLater = group.withLock { $0.isOn }
    try quickWrite { db in
      try Self.insert(turn, at: at, into: db)
      if !countsLater {
        var counts = MessageCounts()
        counts.add(turn, at: at)
        try counts.write(into: db)
      }
    }
    if countsLater { group.withLock { $0.pendingCounts.add(turn, at: at) } }
  }

  /// The turn's two message rows (the speaker's line, then the bot's reply), logged at `at`.
  static func insert(_ turn: TurnRecord, at: String, into db: Database) throws {
    let slots = JSONText.object(turn.slots)
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO messages (conversation_id, speaker, text, intent, confidence, slots,
          language, agent, role, channel, at, decision, matcher_intent, matcher_confidence,
          actions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let agent: BoundValue = turn.agent.map { .text($0) } ?? .null
    let confidence: BoundValue = turn.confidence.map { .real($0) } ?? .null
    // The user's row says what was decided and how the matcher saw the line; the bot's row
    // what was done with the records.
    let user: [BoundValue] = [
      turn.decision.map { .text($0) } ?? .null, turn.matcherIntent.map { .text($0) } ?? .null,
      turn.matcherConfidence.map { .real($0) } ?? .null, .null,
    ]
    let bot: [BoundValue] = [
      .null, .null, .null,
      turn.actions.isEmpty ? .null : .text(turn.actions.joined(separator: "; ")),
    ]
    for (speaker, text, extra) in [(turn.speaker, turn.text, user), ("bot", turn.reply, bot)] {
      let values: [BoundValue] = [
        .integer(turn.conversationID), .text(speaker), .text(text), .text(turn.intent),
        confidence, .text(slots), .text(turn.language), agent,
        .text(turn.role.rawValue), .text(turn.channel.rawValue), .text(at),
      ]
      try statement.executeBound(values + extra, in: db)
    }
  }

  public func endConversation(id: Int64, outcome: ConversationOutcome, at date: Date)
    throws(StoreError)
  {
    let changed = try quickWrite { db in
      try db.run(
        "UPDATE conversations SET outcome = ?, ended_at = ? WHERE id = ?",
        [outcome.rawValue, StoredTime.text(date), id])
      return db.changesCount
    }
    if changed == 0 {
      throw StoreError(.notFound("conversation \(id)"), message: "no conversation \(id) in \(path)")
    }
  }

  /// The last `limit` conversations with a customer, newest first, with their intents.
  func recentConversations(customerID: String, limit: Int) throws(StoreError)
    -> [ConversationSummary]
  {
    guard let number = RecordID.customer.parse(customerID) else { return [] }
    return try read { db in
      try ConversationSummary.fetchRecent(
        db, customerID: RecordID.customer.format(number), limit: limit)
    }
  }
}

extension ConversationSummary {
  static func fetchRecent(_ db: Database, customerID: String, limit: Int) throws
    -> [ConversationSummary]
  {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT id, channel, started_at, outcome FROM conversations
        WHERE customer_id = ? ORDER BY id DESC LIMIT ?
        """,
      arguments: [customerID, limit])
    return try rows.map { row in
      let id: Int64 = row["id"]
      let intents = try String.fetchAll(
        db,
        sql: """
          SELECT intent FROM messages WHERE conversation_id = ? AND speaker != 'bot'
            AND intent IS NOT NULL ORDER BY id
          """,
        arguments: [id])
      var seen = Set<String>()
      return ConversationSummary(
        id: id, channel: Channel(rawValue: row["channel"]) ?? .console,
        startedAt: row.moment("started_at") ?? .distantPast,
        outcome: ConversationOutcome(rawValue: row["outcome"]) ?? .open,
        intents: intents.filter { seen.insert($0).inserted })
    }
  }
}
