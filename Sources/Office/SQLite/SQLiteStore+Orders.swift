import GRDB

extension SQLiteStore {
  func order(id: Int64) throws(StoreError) -> Order? {
    try groupCached("order \(id)") { () throws(StoreError) in
      try read { db in try Order.fetch(db, id: id) }
    }
  }

  func orders(customerID: String, openOnly: Bool, limit: Int) throws(StoreError)
    -> [Order]
  {
    try orders(customerID: customerID, openOnly: openOnly, limit: limit, details: true)
  }

  func orderSummaries(customerID: String, openOnly: Bool, limit: Int) throws(StoreError)
    -> [Order]
  {
    try orders(customerID: customerID, openOnly: openOnly, limit: limit, details: false)
  }

  private func orders(customerID: String, openOnly: Bool, limit: Int, details: Bool)
    throws(StoreError) -> [Order]
  {
    guard let number = RecordID.customer.parse(customerID) else { return [] }
    let key = "orders \(number) \(openOnly) \(limit) \(details)"
    return try groupCached(key) { () throws(StoreError) in
      try read { db in
        let sql =
          openOnly
          ? """
          SELECT id FROM orders WHERE customer_id = ?
            AND status IN ('pending', 'processing', 'shipped') ORDER BY id DESC LIMIT ?
          """
          : "SELECT id FROM orders WHERE customer_id = ? ORDER BY id DESC LIMIT ?"
        let ids = try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: [number, limit])
        return try Order.fetchAll(db, ids: ids, details: details)
      }
    }
  }

  func setOrderStatus(id: Int64, to status: Order.Status) throws(StoreError) -> Order? {
    try write { db in
      try db.run("UPDATE orders SET status = ? WHERE id = ?", [status.rawValue, id])
      return try Order.fetch(db, id: id)
    }
  }
}

extension SQLiteStore {
  func cancelOrder(id: Int64, on day: String, audit: AuditEntry) throws(StoreError)
    -> OrderCancellation?
  {
    try write { db in
      try db.run("UPDATE orders SET status = 'cancelled' WHERE id = ?", [id])
      guard db.changesCount > 0, let order = try Order.fetch(db, id: id) else { return nil }
      var refund: Refund?
      let row = try db.row("SELECT * FROM invoices WHERE order_id = ? ORDER BY id LIMIT 1", [id])
      if let row, Invoice(row: row).status == .paid {
        let invoice = Invoice(row: row)
        let next = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM refunds") ?? 1000) + 1
        try db.run(
          """
          INSERT INTO refunds (id, order_id, customer_id, amount_cents, currency, status,
            requested_on) VALUES (?, ?, ?, ?, ?, 'approved', ?)
          """,
          [
            next, id, RecordID.customer.parse(invoice.customerID), invoice.amount.cents,
            invoice.amount.currency, day,
          ])
        refund = try db.row("SELECT * FROM refunds WHERE id = ?", [next]).map(Refund.init(row:))
      } else if let row {
        try db.run("UPDATE invoices SET status = 'void' WHERE id = ?", [row["id"] as Int64])
      }
      try Self.insert(audit, into: db)
      let invoice = try db.row(
        "SELECT * FROM invoices WHERE order_id = ? ORDER BY id LIMIT 1", [id]
      )
      .map(Invoice.init(row:))
      return OrderCancellation(order: order, invoice: invoice, refund: refund)
    }
  }
}

extension Order {
  /// The order numbered `id` with its lines and shipment.
  static func fetch(_ db: Database, id: Int64) throws -> Order? {
    try fetchAll(db, ids: [id]).first
  }

  /// The orders with these ids, in the order given (missing ones left out), in three queries
  /// whatever their number: orders, their lines with product names, their shipments (the last
  /// two only with `details`).
  static func fetchAll(_ db: Database, ids: [Int64], details: Bool = true) throws -> [Order] {
    guard !ids.isEmpty else { return [] }
    let list = Array(repeating: "?", count: ids.count).joined(separator: ", ")
    let arguments = StatementArguments(ids)
    var rows: [Int64: Row] = [:]
    for row in try db.rows(
      """
      SELECT id, customer_id, status, placed_on, total_cents, currency FROM orders
      WHERE id IN (\(list))
      """, arguments)
    {
      rows[row[0]] = row
    }
    guard details else {
      return ids.compactMap { id in rows[id].map { summary(id, $0) } }
    }
    var lines: [Int64: [(productID: Int64, en: String, ja: String, quantity: Int, cents: Int64)]] =
      [:]
    for line in try db.rows(
      """
      SELECT l.order_id, l.product_id, p.name_en, p.name_ja, l.quantity, l.unit_price_cents
      FROM order_lines l JOIN products p ON p.id = l.product_id
      WHERE l.order_id IN (\(list)) ORDER BY l.order_id, l.line
      """, arguments)
    {
      lines[line[0], default: []].append((line[1], line[2], line[3], line[4], line[5]))
    }
    var shipments: [Int64: Shipment] = [:]
    for row in try db.rows(
      """
      SELECT order_id, carrier, tracking_number, shipped_on, estimated_on, delivered_on
      FROM shipments WHERE order_id IN (\(list))
      """, arguments)
    {
      shipments[row[0]] = Shipment(
        carrier: row[1], trackingNumber: row[2], shippedOn: row[3], estimatedDelivery: row[4],
        deliveredOn: row[5])
    }
    return ids.compactMap { id in
      guard let row = rows[id] else { return nil }
      var order = summary(id, row)
      order.lines = (lines[id] ?? []).map { line in
        OrderLine(
          productID: RecordID.product.format(line.productID), productNameEN: line.en,
          productNameJA: line.ja, quantity: line.quantity,
          unitPrice: Money(cents: line.cents, currency: order.total.currency))
      }
      order.shipment = shipments[id]
      return order
    }
  }

  /// An order from its row (id, customer, status, date, total, currency), without lines.
  private static func summary(_ id: Int64, _ row: Row) -> Order {
    let currency: String = row[5]
    return Order(
      id: id, customerID: RecordID.customer.format(row[1]),
      status: Status(rawValue: row[2]) ?? .pending, placedOn: row[3],
      total: Money(cents: row[4], currency: currency), lines: [], shipment: nil)
  }
}
