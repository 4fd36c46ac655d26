import GRDB

extension DemoSeeder {
  /// Prepared statements of the order pass.
  private struct OrderStatements {
    let order: Statement
    let line: Statement
    let shipment: Statement
    let invoice: Statement
    let payment: Statement
    let refund: Statement

    init(_ db: Database) throws {
      order = try db.makeStatement(
        sql: """
          INSERT INTO orders (id, customer_id, status, placed_on, total_cents, currency)
          VALUES (?, ?, ?, ?, ?, 'USD')
          """)
      line = try db.makeStatement(
        sql: """
          INSERT INTO order_lines (order_id, line, product_id, quantity, unit_price_cents)
          VALUES (?, ?, ?, ?, ?)
          """)
      shipment = try db.makeStatement(
        sql: """
          INSERT INTO shipments (order_id, carrier, tracking_number, shipped_on, estimated_on,
            delivered_on) VALUES (?, ?, ?, ?, ?, ?)
          """)
      invoice = try db.makeStatement(
        sql: """
          INSERT INTO invoices (id, customer_id, order_id, amount_cents, currency, issued_on,
            due_on, status) VALUES (?, ?, ?, ?, 'USD', ?, ?, ?)
          """)
      payment = try db.makeStatement(
        sql: """
          INSERT INTO payments (id, invoice_id, amount_cents, currency, paid_on, method)
          VALUES (?, ?, ?, 'USD', ?, ?)
          """)
      refund = try db.makeStatement(
        sql: """
          INSERT INTO refunds (id, order_id, customer_id, amount_cents, currency, status,
            requested_on) VALUES (?, ?, ?, ?, 'USD', ?, ?)
          """)
    }
  }

  /// Orders in every state, with lines, shipments, invoices, payments and refunds.
  mutating func insertOrders(_ db: Database) throws {
    let statements = try OrderStatements(db)
    let total = 1_000 * scale
    let statuses: [Order.Status] = [
      .pending, .processing, .shipped, .delivered, .cancelled, .returned,
    ]
    // The first orders are fixed so examples and transcripts can rely on them.
    let fixed: [Int: (customer: Int, status: Order.Status)] = [
      1_001: (1_001, .delivered), 1_002: (1_001, .shipped), 1_003: (1_001, .processing),
      1_004: (1_002, .shipped), 1_005: (1_002, .pending),
    ]
    var lines = 0
    var shipments = 0
    var invoiceID = 1_001
    var paymentID = 1_001
    var refundID = 1_001
    for index in 0..<total {
      let id = 1_001 + index
      var customer = randomCustomer()
      var status = statuses[random.weighted([10, 15, 20, 40, 8, 7])]
      if let forced = fixed[id] { (customer, status) = forced }
      let placed = placedOffset(status)
      var amount: Int64 = 0
      var orderLines: [(Int, Int, Int64)] = []
      for _ in 0..<random.int(1...4) {
        let product = random.int(0...(DemoNames.products.count - 1))
        let quantity = random.int(1...5)
        let price = DemoNames.products[product].2
        amount += price * Int64(quantity)
        orderLines.append((1_001 + product, quantity, price))
      }
      try statements.order.execute(arguments: [
        id, customer, status.rawValue, DemoCalendar.day(placed), amount,
      ])
      for (number, line) in orderLines.enumerated() {
        try statements.line.execute(arguments: [id, number + 1, line.0, line.1, line.2])
      }
      lines += orderLines.count
      if status == .shipped || status == .delivered || status == .returned {
        try insertShipment(statements.shipment, order: id, customer: customer, status, placed)
        shipments += 1
      }
      guard status != .cancelled else { continue }
      let due = placed + 30
      var paid: Bool
      switch status {
      case .delivered, .returned: paid = random.chance(85)
      default: paid = random.chance(40)
      }
      if id == 1_002 || id == 1_003 { paid = false }
      let invoiceStatus = paid ? "paid" : (due < 0 ? "overdue" : "unpaid")
      try statements.invoice.execute(arguments: [
        invoiceID, customer, id, amount, DemoCalendar.day(placed), DemoCalendar.day(due),
        invoiceStatus,
      ])
      if paid {
        let paidOn = min(placed + random.int(0...25), 0)
        let method = ["card", "bank_transfer", "konbini"][random.weighted([60, 30, 10])]
        try statements.payment.execute(arguments: [
          paymentID, invoiceID, amount, DemoCalendar.day(paidOn), method,
        ])
        paymentID += 1
      }
      invoiceID += 1
      if status == .returned {
        let refundStatus = ["requested", "approved", "paid", "rejected"][
          random.weighted([20, 20, 50, 10])]
        try statements.refund.execute(arguments: [
          refundID, id, customer, amount, refundStatus, DemoCalendar.day(min(placed + 15, -1)),
        ])
        refundID += 1
      }
    }
    count("orders", total)
    count("order_lines", lines)
    count("shipments", shipments)
    count("invoices", invoiceID - 1_001)
    count("payments", paymentID - 1_001)
    count("refunds", refundID - 1_001)
  }

  /// The day (offset from the demo's today) an order in `status` was placed.
  private mutating func placedOffset(_ status: Order.Status) -> Int {
    switch status {
    case .pending: return -random.int(0...2)
    case .processing: return -random.int(1...5)
    case .shipped: return -random.int(2...10)
    case .delivered, .cancelled: return -random.int(8...170)
    case .returned: return -random.int(20...170)
    }
  }

  private mutating func insertShipment(
    _ statement: Statement, order: Int, customer: Int, _ status: Order.Status, _ placed: Int
  ) throws {
    let carriers =
      japanese[customer - 1_001] ? DemoNames.japaneseCarriers : DemoNames.englishCarriers
    let carrier = random.pick(carriers)
    let tracking = String(random.int(100_000...999_999)) + String(random.int(100_000...999_999))
    let shipped = placed + random.int(1...2)
    let estimated = status == .shipped ? random.int(1...4) : shipped + random.int(3...5)
    let delivered: String? =
      status == .shipped ? nil : DemoCalendar.day(min(estimated + random.int(-1...1), -1))
    try statement.execute(arguments: [
      order, carrier, tracking, DemoCalendar.day(shipped), DemoCalendar.day(estimated), delivered,
    ])
  }
}
