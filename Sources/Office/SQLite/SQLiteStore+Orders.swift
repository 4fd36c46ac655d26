import GRDB

extension SQLiteStore {
  public func order(id: Int64) throws(StoreError) -> Order? {
    try read { db in try Order.fetch(db, id: id) }
  }

  public func orders(customerID: String, openOnly: Bool, limit: Int) throws(StoreError)
    -> [Order]
  {
    guard let number = RecordID.customer.parse(customerID) else { return [] }
    return try read { db in
      let sql =
        openOnly
        ? """
        SELECT id FROM orders WHERE customer_id = ?
          AND status IN ('pending', 'processing', 'shipped') ORDER BY id DESC LIMIT ?
        """
        : "SELECT id FROM orders WHERE customer_id = ? ORDER BY id DESC LIMIT ?"
      let ids = try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: [number, limit])
      return try ids.compactMap { id in try Order.fetch(db, id: id) }
    }
  }

  public func setOrderStatus(id: Int64, to status: Order.Status) throws(StoreError) -> Order? {
    try write { db in
      try db.run("UPDATE orders SET status = ? WHERE id = ?", [status.rawValue, id])
      return try Order.fetch(db, id: id)
    }
  }
}

extension Order {
  /// The order numbered `id` with its lines and shipment.
  static func fetch(_ db: Database, id: Int64) throws -> Order? {
    guard let row = try db.row("SELECT * FROM orders WHERE id = ?", [id]) else { return nil }
    let currency: String = row["currency"]
    let lines = try db.rows(
      """
      SELECT l.product_id, p.name_en, p.name_ja, l.quantity, l.unit_price_cents
      FROM order_lines l JOIN products p ON p.id = l.product_id
      WHERE l.order_id = ? ORDER BY l.line
      """, [id]
    ).map { line in
      OrderLine(
        productID: RecordID.product.format(line[0]), productNameEN: line[1],
        productNameJA: line[2], quantity: line[3],
        unitPrice: Money(cents: line[4], currency: currency))
    }
    let shipment = try db.row("SELECT * FROM shipments WHERE order_id = ?", [id]).map { row in
      Shipment(
        carrier: row["carrier"], trackingNumber: row["tracking_number"],
        shippedOn: row["shipped_on"], estimatedDelivery: row["estimated_on"],
        deliveredOn: row["delivered_on"])
    }
    return Order(
      id: id, customerID: RecordID.customer.format(row["customer_id"]),
      status: Status(rawValue: row["status"]) ?? .pending, placedOn: row["placed_on"],
      total: Money(cents: row["total_cents"], currency: currency), lines: lines,
      shipment: shipment)
  }
}
