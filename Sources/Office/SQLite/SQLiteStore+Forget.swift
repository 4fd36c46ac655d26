import GRDB

extension SQLiteStore {
  public func forgetCustomer(id: String) throws(StoreError) -> ForgetReport? {
    guard let number = RecordID.customer.parse(id) else { return nil }
    let display = RecordID.customer.format(number)
    // Deleted and overwritten content is zeroed in its page from here on, and every page VACUUM
    // writes starts zeroed.
    let previous = try setSecureDelete(true)
    defer { _ = try? setSecureDelete(previous) }
    let report = try write { db in try Self.erase(number, display, in: db) }
    guard let report else { return nil }
    try clearFreeSpace()
    return report
  }

  /// Replaces the customer's details and the words about them, in one transaction.
  private static func erase(_ number: Int64, _ display: String, in db: Database) throws
    -> ForgetReport?
  {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT name, email, phone FROM customers WHERE id = ?", arguments: [number])
    else { return nil }
    let terms = ForgetTerms.searchTerms(name: row["name"], email: row["email"], phone: row["phone"])
    let mentions = { (column: String) -> String in
      terms.isEmpty
        ? "0" : terms.map { _ in "instr(lower(\(column)), ?) > 0" }.joined(separator: " OR ")
    }
    let own = "SELECT id FROM conversations WHERE customer_id = ?"
    try db.execute(
      sql: """
        UPDATE customers SET name = ?, email = ?, phone = '', company = '' WHERE id = ?
        """, arguments: [ForgetTerms.tombstone, ForgetTerms.tombstoneEmail(number), number])
    try db.execute(
      sql: """
        UPDATE messages SET text = '', slots = '{}', actions = NULL
        WHERE conversation_id IN (\(own)) OR \(mentions("text")) OR \(mentions("slots"))
          OR \(mentions("actions"))
        """, arguments: StatementArguments([display] + terms + terms + terms))
    let messages = db.changesCount
    try db.execute(
      sql: """
        UPDATE tickets SET subject = ?
        WHERE customer_id = ? OR conversation_id IN (\(own)) OR \(mentions("subject"))
        """,
      arguments: StatementArguments(
        [ForgetTerms.redacted, number, display] + terms.map(Self.value)))
    let tickets = db.changesCount
    try db.execute(
      sql: "UPDATE leads SET note = ? WHERE customer_id = ? OR \(mentions("note"))",
      arguments: StatementArguments([ForgetTerms.redacted, number] + terms.map(Self.value)))
    let leads = db.changesCount
    // Entries about the customer keep their action and outcome; what they said goes.
    try db.execute(
      sql: """
        UPDATE audit_log SET detail = ?
        WHERE target = ? AND detail != '' AND detail != ? AND action != 'customer.forget'
        """, arguments: [ForgetTerms.redacted, display, ForgetTerms.redacted])
    var audit = db.changesCount
    try db.execute(
      sql: """
        UPDATE audit_log SET target = ?, detail = ? WHERE \(mentions("target"))
          OR \(mentions("detail"))
        """,
      arguments: StatementArguments([ForgetTerms.redacted, ForgetTerms.redacted] + terms + terms))
    audit += db.changesCount
    return ForgetReport(
      customerID: display, messages: messages, tickets: tickets, leads: leads,
      auditEntries: audit)
  }

  private static func value(_ text: String) -> any DatabaseValueConvertible { text }

  /// Rewrites the database without its free pages (VACUUM) and empties the WAL, so that no old
  /// copy of a page remains in either file.
  func clearFreeSpace() throws(StoreError) {
    try commitGroup()
    let busy: Bool
    do {
      busy = try writer.writeWithoutTransaction { db in
        try db.execute(sql: "VACUUM")
        let result = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        return (result?[0] as Int?) != 0
      }
    } catch {
      throw StoreError(wrapping: error, path: path)
    }
    if busy {
      throw StoreError(
        .busy,
        message:
          "\(path): another process has the database open, so its WAL may still hold old pages; run the command again when it is closed"
      )
    }
  }

  /// Sets SQLite's `secure_delete` on the connection; returns whether it was on before.
  private func setSecureDelete(_ on: Bool) throws(StoreError) -> Bool {
    do {
      return try writer.writeWithoutTransaction { db in
        let before = try Bool.fetchOne(db, sql: "PRAGMA secure_delete") ?? false
        try db.execute(sql: "PRAGMA secure_delete = \(on ? "ON" : "OFF")")
        return before
      }
    } catch {
      throw StoreError(wrapping: error, path: path)
    }
  }

  public func prune(before day: String) throws(StoreError) -> PruneReport {
    try write { db in
      let old = "SELECT id FROM conversations WHERE started_at < ?"
      try db.execute(
        sql: "DELETE FROM messages WHERE conversation_id IN (\(old))", arguments: [day])
      let messages = db.changesCount
      try db.execute(sql: "DELETE FROM conversations WHERE started_at < ?", arguments: [day])
      return PruneReport(before: day, conversations: db.changesCount, messages: messages)
    }
  }
}
