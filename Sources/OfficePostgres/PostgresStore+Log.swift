import Foundation
import Office
import PostgresNIO

/// The conversation and audit logs on PostgreSQL.
extension PostgresStore {
  public func startConversation(_ conversation: NewConversation) throws(StoreError) -> Int64 {
    let customerID = conversation.customerID.map { id in
      RecordID.customer.parse(id).map(RecordID.customer.format) ?? id
    }
    return try write { () throws(StoreError) in
      let row = try rows(
        """
        INSERT INTO conversations (customer_id, channel, agent, role, started_at, outcome)
        VALUES ($1, $2, $3, $4, $5, 'open') RETURNING id
        """,
        [
          optionalString(customerID), string(conversation.channel.rawValue),
          optionalString(conversation.agent), string(conversation.role.rawValue),
          string(StoredTime.text(conversation.startedAt)),
        ])
      return try Cells(row[0]).int("id")
    }
  }

  public func recordTurn(_ turn: TurnRecord) throws(StoreError) {
    let at = StoredTime.text(turn.at)
    let slots = JSONText.object(turn.slots)
    let confidence = turn.confidence.map { PostgresData(double: $0) } ?? .null
    // The user's row says what was decided and how the matcher saw the line; the bot's row
    // what was done with the records.
    let shared: [PostgresData] = [
      int(turn.conversationID), string(turn.intent), confidence, string(slots),
      string(turn.language),
      optionalString(turn.agent), string(turn.role.rawValue), string(turn.channel.rawValue),
      string(at),
    ]
    let extra: [PostgresData] = [
      string(turn.speaker), string(turn.text), optionalString(turn.decision),
      optionalString(turn.matcherIntent),
      turn.matcherConfidence.map { PostgresData(double: $0) } ?? .null,
      string(turn.reply),
      optionalString(turn.actions.isEmpty ? nil : turn.actions.joined(separator: "; ")),
    ]
    // Inside a unit of work the report's counts wait in memory and are written, in key order,
    // just before its commit: consoles logging at once then never wait on each other's count
    // rows for long, and always take them in one order (no deadlock).
    let inUnit = unit.withLock { $0.depth > 0 }
    let counted = turn.speaker != "bot" && !inUnit
    // Both rows (and outside a unit the report's counts of the user line) in one round trip:
    // the function undoes its own writes when they fail (its own savepoint) and says why, so a
    // unit's transaction goes on; outside a unit the one statement is its own transaction.
    try callUndoable("switchboard_record_turn", shared + extra + [PostgresData(bool: counted)])
    if inUnit { pendingCounts.withLock { $0.add(turn, at: at) } }
  }

  /// Writes the counts the unit of work held back, in key order, in its transaction.
  func writeCounts(_ counts: MessageCounts) throws(StoreError) {
    guard !counts.isEmpty else { return }
    let (hours, days) = counts.sorted
    for hour in hours {
      try rows(
        """
        INSERT INTO message_hourly (hour, channel, n) VALUES ($1, $2, $3)
        ON CONFLICT (hour, channel) DO UPDATE SET n = message_hourly.n + excluded.n
        """, [string(hour.hour), string(hour.channel), int(Int64(hour.n))])
    }
    for day in days {
      try rows(
        """
        INSERT INTO message_daily (day, channel, intent, agent, n) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (day, channel, intent, agent) DO UPDATE SET n = message_daily.n + excluded.n
        """,
        [
          string(day.day), string(day.channel), string(day.intent), string(day.agent),
          int(Int64(day.n)),
        ])
    }
  }

  public func endConversation(id: Int64, outcome: ConversationOutcome, at date: Date)
    throws(StoreError)
  {
    let changed = try write { () throws(StoreError) in
      try rows(
        "UPDATE conversations SET outcome = $1, ended_at = $2 WHERE id = $3 RETURNING id",
        [string(outcome.rawValue), string(StoredTime.text(date)), int(id)]
      ).count
    }
    if changed == 0 {
      throw StoreError(.notFound("conversation \(id)"), message: "no conversation \(id) in \(url)")
    }
  }

  public func appendAudit(_ entry: AuditEntry) throws(StoreError) {
    // One round trip, undone alone when it fails (as a turn).
    try callUndoable("switchboard_append_audit", auditBinds(entry))
  }

  /// Calls one of the schema's functions that undo their own writes when they fail and return
  /// `SQLSTATE message` (null when all went well), with `binds` as its arguments, in the unit of
  /// work's transaction or as a statement of its own; a conflict runs it again.
  func callUndoable(_ function: String, _ binds: [PostgresData]) throws(StoreError) {
    let placeholders = (1...binds.count).map { "$\($0)" }.joined(separator: ", ")
    try retryingConflicts { () throws(StoreError) in
      let row = try read { () throws(StoreError) in
        try rows("SELECT \(function)(\(placeholders)) AS problem", binds)
      }
      guard
        let problem = try row.first.flatMap({ row throws(StoreError) in
          try Cells(row).optionalText("problem")
        })
      else { return }
      let state = String(problem.prefix(5))
      throw StoreError(
        Self.conflictStates.contains(state) ? .conflict : .failed,
        message: "\(url): \(problem.dropFirst(6)) (SQLSTATE \(state))")
    }
  }

  /// Inserts one audit entry in the current transaction.
  func insert(_ entry: AuditEntry) throws(StoreError) {
    try rows(
      """
      INSERT INTO audit_log (at, actor, role, action, target, allowed, detail, customer_id)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      """, auditBinds(entry))
  }

  /// The columns of one audit entry, in the order of `audit_log`'s insert.
  private func auditBinds(_ entry: AuditEntry) -> [PostgresData] {
    [
      string(StoredTime.text(entry.at)), string(entry.actor), string(entry.role.rawValue),
      string(entry.action), string(entry.target), int(entry.allowed ? 1 : 0),
      string(entry.detail), optionalString(entry.customerID),
    ]
  }
}
