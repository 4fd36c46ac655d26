import Foundation
import Office
import PostgresNIO

/// Forgetting a customer and pruning the log on PostgreSQL, with the same statements as on
/// SQLite (`SQLiteStore+Forget.swift`).
extension PostgresStore {
  /// Replaces the customer's details and every word about them in one transaction, then
  /// rewrites the touched tables (`VACUUM FULL`) so that their files keep no old version of a
  /// row. The server's write-ahead log and its backups are the operator's to expire.
  public func forgetCustomer(id: String) throws(StoreError) -> ForgetReport? {
    guard let number = RecordID.customer.parse(id) else { return nil }
    let display = RecordID.customer.format(number)
    let report = try write { () throws(StoreError) -> ForgetReport? in
      try erase(number, display)
    }
    guard let report else { return nil }
    for table in ["customers", "messages", "tickets", "leads", "audit_log"] {
      try rows("VACUUM FULL \(table)")
    }
    return report
  }

  private func erase(_ number: Int64, _ display: String) throws(StoreError) -> ForgetReport? {
    guard
      let row = try rows("SELECT name, email, phone FROM customers WHERE id = $1", [int(number)])
        .first
    else { return nil }
    let cells = Cells(row)
    let terms = ForgetTerms.searchTerms(
      name: try cells.text("name"), email: try cells.text("email"), phone: try cells.text("phone"))
    // $1 is the customer's number, $2 its display id; the terms follow.
    let termBinds = terms.map(string)
    func mentions(_ column: String, from first: Int) -> String {
      terms.isEmpty
        ? "FALSE"
        : terms.indices.map { "strpos(lower(\(column)), $\(first + $0)) > 0" }
          .joined(separator: " OR ")
    }
    // Conversations name their customer by display id (`C-1002`), records by number.
    let own = "SELECT id FROM conversations WHERE customer_id = $2::text"
    let base = [int(number), string(display)]
    try rows(
      "UPDATE customers SET name = $2, email = $3, phone = '', company = '' WHERE id = $1",
      [int(number), string(ForgetTerms.tombstone), string(ForgetTerms.tombstoneEmail(number))])
    let messages = try rows(
      """
      UPDATE messages SET text = '', slots = '{}', actions = NULL
      WHERE $1::bigint > 0 AND (conversation_id IN (\(own)) OR \(mentions("text", from: 3))
        OR \(mentions("slots", from: 3)) OR \(mentions("COALESCE(actions, '')", from: 3)))
      RETURNING id
      """, base + termBinds
    ).count
    let tickets = try rows(
      """
      UPDATE tickets SET subject = $3
      WHERE customer_id = $1 OR conversation_id IN (\(own)) OR \(mentions("subject", from: 4))
      RETURNING id
      """, base + [string(ForgetTerms.redacted)] + termBinds
    ).count
    let leads = try rows(
      """
      UPDATE leads SET note = $2 WHERE customer_id = $1 OR \(mentions("note", from: 3))
      RETURNING id
      """, [int(number), string(ForgetTerms.redacted)] + termBinds
    ).count
    // Entries about the customer keep their action and outcome; what they said goes.
    var audit = try rows(
      """
      UPDATE audit_log SET detail = $1
      WHERE target = $2 AND detail != '' AND detail != $1 AND action != 'customer.forget'
      RETURNING id
      """, [string(ForgetTerms.redacted), string(display)]
    ).count
    audit += try rows(
      """
      UPDATE audit_log SET target = $1, detail = $1
      WHERE \(mentions("target", from: 2)) OR \(mentions("detail", from: 2))
      RETURNING id
      """, [string(ForgetTerms.redacted)] + termBinds
    ).count
    return ForgetReport(
      customerID: display, messages: messages, tickets: tickets, leads: leads,
      auditEntries: audit)
  }

  public func prune(before day: String) throws(StoreError) -> PruneReport {
    try write { () throws(StoreError) -> PruneReport in
      let old = "SELECT id FROM conversations WHERE started_at < $1"
      let messages = try rows(
        "DELETE FROM messages WHERE conversation_id IN (\(old)) RETURNING id", [string(day)]
      ).count
      let conversations = try rows(
        "DELETE FROM conversations WHERE started_at < $1 RETURNING id", [string(day)]
      ).count
      return PruneReport(before: day, conversations: conversations, messages: messages)
    }
  }
}
