import Foundation
import GRDB

extension SQLiteStore {
  func tickets(customerID: String, openOnly: Bool) throws(StoreError) -> [Ticket] {
    guard let number = RecordID.customer.parse(customerID) else { return [] }
    let sql =
      openOnly
      ? "SELECT * FROM tickets WHERE customer_id = ? AND status != 'closed' ORDER BY id DESC"
      : "SELECT * FROM tickets WHERE customer_id = ? ORDER BY id DESC"
    return try read { db in try db.rows(sql, [number]).map(Ticket.init(row:)) }
  }

  func ticket(id: String) throws(StoreError) -> Ticket? {
    guard let number = RecordID.ticket.parse(id) else { return nil }
    return try read { db in
      try db.row("SELECT * FROM tickets WHERE id = ?", [number]).map(Ticket.init(row:))
    }
  }

  func createTicket(_ ticket: NewTicket, at date: Date) throws(StoreError) -> Ticket {
    let customer = ticket.customerID.flatMap(RecordID.customer.parse)
    return try write { db in
      let id = try Self.nextID(db, table: "tickets")
      try db.run(
        """
        INSERT INTO tickets (id, customer_id, subject, status, priority, team, conversation_id,
          created_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?)
        """,
        [
          id, customer, ticket.subject, ticket.priority.rawValue, ticket.team,
          ticket.conversationID, StoredTime.text(date),
        ])
      return try Ticket(row: db.row("SELECT * FROM tickets WHERE id = ?", [id])!)
    }
  }

  func createLead(
    customerID: String?, productID: String?, quantity: Int, note: String, at date: Date
  ) throws(StoreError) -> Lead {
    let customer = customerID.flatMap(RecordID.customer.parse)
    let product = productID.flatMap(RecordID.product.parse)
    return try write { db in
      let id = try Self.nextID(db, table: "leads")
      try db.run(
        """
        INSERT INTO leads (id, customer_id, product_id, quantity, note, status, created_at)
        VALUES (?, ?, ?, ?, ?, 'new', ?)
        """,
        [id, customer, product, quantity, note, StoredTime.text(date)])
      return try Lead(row: db.row("SELECT * FROM leads WHERE id = ?", [id])!)
    }
  }

  /// The next number of a table whose ids start at 1001.
  static func nextID(_ db: Database, table: String) throws -> Int64 {
    try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM \(table)")).map { $0 + 1 }
      ?? 1_001
  }
}
