import Foundation
import Office
import PostgresNIO

/// The store's two record operations on PostgreSQL.
extension PostgresStore {
  public func fetch(_ query: RecordQuery) throws(StoreError) -> Records {
    try read { () throws(StoreError) in try answer(query) }
  }

  public func change(_ change: RecordChange) throws(StoreError) -> Records {
    try write { () throws(StoreError) in try apply(change) }
  }

  private func answer(_ query: RecordQuery) throws(StoreError) -> Records {
    switch query {
    case .customer(let id):
      guard let number = RecordID.customer.parse(id) else { return .customers([]) }
      return .customers(try customers("SELECT * FROM customers WHERE id = $1", [int(number)]))
    case .customers(let prefix, let limit):
      return .customers(try customers(matching: prefix, limit: limit))
    case .order(let id): return .orders(try orders(ids: [id], details: true))
    case .orders(let customerID, let openOnly, let limit, let summaries):
      guard let number = RecordID.customer.parse(customerID) else { return .orders([]) }
      let open = openOnly ? "AND status IN ('pending', 'processing', 'shipped')" : ""
      let ids = try rows(
        "SELECT id FROM orders WHERE customer_id = $1 \(open) ORDER BY id DESC LIMIT $2",
        [int(number), int(Int64(limit))]
      ).map { row throws(StoreError) in try Cells(row).int("id") }
      return .orders(try orders(ids: ids, details: !summaries))
    case .product(let id):
      guard let number = RecordID.product.parse(id) else { return .products([]) }
      return .products(
        try rows("SELECT * FROM products WHERE id = $1", [int(number)]).map {
          row throws(StoreError) in try Product(cells: Cells(row))
        })
    case .products(let name, let limit): return .products(try products(named: name, limit: limit))
    case .productCatalog:
      return .products(
        try rows("SELECT * FROM products ORDER BY id", []).map { row throws(StoreError) in
          try Product(cells: Cells(row))
        })
    case .stock(let productID):
      guard let number = RecordID.product.parse(productID) else { return .stock([]) }
      return .stock(
        try rows(
          "SELECT warehouse, quantity FROM stock WHERE product_id = $1 ORDER BY warehouse",
          [int(number)]
        ).map { row throws(StoreError) in
          let cells = Cells(row)
          return StockLevel(
            warehouse: try cells.text("warehouse"), quantity: Int(try cells.int("quantity")))
        })
    case .invoice(let id):
      guard let number = RecordID.invoice.parse(id) else { return .invoices([]) }
      return .invoices(try invoices("SELECT * FROM invoices WHERE id = $1", [int(number)]))
    case .invoices(let customerID):
      guard let number = RecordID.customer.parse(customerID) else { return .invoices([]) }
      return .invoices(
        try invoices(
          "SELECT * FROM invoices WHERE customer_id = $1 ORDER BY id DESC", [int(number)]))
    case .payments(let invoiceID):
      guard let number = RecordID.invoice.parse(invoiceID) else { return .payments([]) }
      return .payments(
        try rows("SELECT * FROM payments WHERE invoice_id = $1 ORDER BY id", [int(number)]).map {
          row throws(StoreError) in try Payment(cells: Cells(row))
        })
    case .orderRefunds(let orderID):
      return .refunds(
        try refunds("SELECT * FROM refunds WHERE order_id = $1 ORDER BY id", [int(orderID)]))
    case .customerRefunds(let customerID):
      guard let number = RecordID.customer.parse(customerID) else { return .refunds([]) }
      return .refunds(
        try refunds(
          "SELECT * FROM refunds WHERE customer_id = $1 ORDER BY id DESC", [int(number)]))
    case .employees(let name): return .employees(try employees(named: name))
    case .itAccounts(let name): return .itAccounts(try itAccounts(matching: name))
    case .contracts(let customerID):
      guard let number = RecordID.customer.parse(customerID) else { return .contracts([]) }
      return .contracts(try contracts(number))
    case .contract(let id):
      guard let number = RecordID.contract.parse(id) else { return .contracts([]) }
      return .contracts(
        try rows("SELECT * FROM contracts WHERE id = $1", [int(number)]).map {
          row throws(StoreError) in try Contract(cells: Cells(row))
        })
    case .tickets(let customerID, let openOnly):
      guard let number = RecordID.customer.parse(customerID) else { return .tickets([]) }
      let open = openOnly ? "AND status != 'closed'" : ""
      return .tickets(
        try tickets(
          "SELECT * FROM tickets WHERE customer_id = $1 \(open) ORDER BY id DESC", [int(number)]))
    case .ticket(let id):
      guard let number = RecordID.ticket.parse(id) else { return .tickets([]) }
      return .tickets(try tickets("SELECT * FROM tickets WHERE id = $1", [int(number)]))
    case .recentConversations(let customerID, let limit):
      guard let number = RecordID.customer.parse(customerID) else { return .conversations([]) }
      return .conversations(
        try recentConversations(RecordID.customer.format(number), limit: limit))
    case .overview(let customerID, let conversations):
      return .overview(try overview(customerID, conversations: conversations))
    case .auditLog(let limit):
      return .audit(
        try rows(
          "SELECT * FROM (SELECT * FROM audit_log ORDER BY id DESC LIMIT $1) AS last ORDER BY id",
          [int(Int64(limit))]
        ).map { row throws(StoreError) in try AuditEntry(cells: Cells(row)) })
    }
  }

  private func apply(_ change: RecordChange) throws(StoreError) -> Records {
    switch change {
    case .contact(let customerID, let email, let phone):
      return .customers(try updateContact(customerID, email: email, phone: phone))
    case .orderStatus(let id, let status):
      try rows("UPDATE orders SET status = $1 WHERE id = $2", [string(status.rawValue), int(id)])
      return .orders(try orders(ids: [id], details: true))
    case .cancelOrder(let id, let day, let audit):
      return .cancellation(try cancelOrder(id, on: day, audit: audit))
    case .openTicket(let ticket, let date):
      let created = try rows(
        """
        INSERT INTO tickets (customer_id, subject, status, priority, team, conversation_id,
          created_at) VALUES ($1, $2, 'open', $3, $4, $5, $6) RETURNING *
        """,
        [
          optionalInt(ticket.customerID.flatMap(RecordID.customer.parse)), string(ticket.subject),
          string(ticket.priority.rawValue), string(ticket.team), optionalInt(ticket.conversationID),
          string(StoredTime.text(date)),
        ])
      return .tickets(try created.map { row throws(StoreError) in try Ticket(cells: Cells(row)) })
    case .recordLead(let customerID, let productID, let quantity, let note, let date):
      let created = try rows(
        """
        INSERT INTO leads (customer_id, product_id, quantity, note, status, created_at)
        VALUES ($1, $2, $3, $4, 'new', $5) RETURNING *
        """,
        [
          optionalInt(customerID.flatMap(RecordID.customer.parse)),
          optionalInt(productID.flatMap(RecordID.product.parse)), int(Int64(quantity)),
          string(note), string(StoredTime.text(date)),
        ])
      return .leads(try created.map { row throws(StoreError) in try Lead(cells: Cells(row)) })
    }
  }
}

// MARK: Binds

func int(_ value: Int64) -> PostgresData { PostgresData(int64: value) }
func optionalInt(_ value: Int64?) -> PostgresData { value.map(int) ?? .null }
func string(_ value: String) -> PostgresData { PostgresData(string: value) }
func optionalString(_ value: String?) -> PostgresData { value.map(string) ?? .null }
