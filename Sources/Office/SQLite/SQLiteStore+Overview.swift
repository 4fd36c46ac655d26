import GRDB

extension SQLiteStore {
  func customerOverview(customerID: String, conversations: Int) throws(StoreError)
    -> Customer360?
  {
    guard let number = RecordID.customer.parse(customerID) else { return nil }
    return try read { db in
      guard let customer = try Customer.fetch(db, number: number) else { return nil }
      let orderIDs = try Int64.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT id FROM orders WHERE customer_id = ?
              AND status IN ('pending', 'processing', 'shipped') ORDER BY id DESC LIMIT 20
            """), arguments: [number])
      let invoices = try db.rows(
        """
        SELECT * FROM invoices WHERE customer_id = ? AND status IN ('unpaid', 'overdue')
        ORDER BY id DESC
        """, [number]
      ).map(Invoice.init(row:))
      let balance = BackOffice.balance(of: customer.id, invoices: invoices)
      return Customer360(
        customer: customer,
        openOrders: try orderIDs.compactMap { try Order.fetch(db, id: $0) },
        unpaidInvoices: balance.invoices, totalDue: balance.totalDue,
        openTickets: try db.rows(
          "SELECT * FROM tickets WHERE customer_id = ? AND status != 'closed' ORDER BY id DESC",
          [number]
        ).map(Ticket.init(row:)),
        contracts: try db.rows(
          "SELECT * FROM contracts WHERE customer_id = ? ORDER BY end_on, id", [number]
        ).map(Contract.init(row:)),
        recentConversations: try ConversationSummary.fetchRecent(
          db, customerID: customer.id, limit: conversations))
    }
  }
}
