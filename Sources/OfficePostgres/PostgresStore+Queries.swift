import Foundation
import Office
import PostgresNIO

// The reads and changes behind `fetch` and `change`, as SQLite's files answer them: the same
// orders of results, LIKE (case-insensitive for ASCII in SQLite) as ILIKE, and equality on
// SQLite's NOCASE columns on lower().

extension PostgresStore {
  func customers(_ sql: String, _ binds: [PostgresData]) throws(StoreError) -> [Customer] {
    try rows(sql, binds).map { row throws(StoreError) in try Customer(cells: Cells(row)) }
  }

  func invoices(_ sql: String, _ binds: [PostgresData]) throws(StoreError) -> [Invoice] {
    try rows(sql, binds).map { row throws(StoreError) in try Invoice(cells: Cells(row)) }
  }

  func refunds(_ sql: String, _ binds: [PostgresData]) throws(StoreError) -> [Refund] {
    try rows(sql, binds).map { row throws(StoreError) in try Refund(cells: Cells(row)) }
  }

  func tickets(_ sql: String, _ binds: [PostgresData]) throws(StoreError) -> [Ticket] {
    try rows(sql, binds).map { row throws(StoreError) in try Ticket(cells: Cells(row)) }
  }

  func contracts(_ customer: Int64) throws(StoreError) -> [Contract] {
    try rows(Self.contractsSQL, [int(customer)]).map { row throws(StoreError) in
      try Contract(cells: Cells(row))
    }
  }

  /// A customer's contracts (`$1`: the customer's number).
  static let contractsSQL = "SELECT * FROM contracts WHERE customer_id = $1 ORDER BY end_on, id"

  func customers(matching prefix: String, limit: Int) throws(StoreError) -> [Customer] {
    let text = prefix.trimmingCharactersInWhitespace()
    if let number = RecordID.customer.parse(text) {
      // Ids starting with these digits, shortest ids first, so the result stays in id order.
      var found: [Customer] = []
      var low = number
      var width: Int64 = 1
      while found.count < limit && low <= 1_000_000_000_000 {
        found += try customers(
          "SELECT * FROM customers WHERE id BETWEEN $1 AND $2 ORDER BY id LIMIT $3",
          [int(low), int(low + width - 1), int(Int64(limit - found.count))])
        low *= 10
        width *= 10
      }
      return found
    }
    guard !text.isEmpty else {
      return try customers("SELECT * FROM customers ORDER BY id LIMIT $1", [int(Int64(limit))])
    }
    var found = try customers(
      "SELECT * FROM customers WHERE name ILIKE $1 ORDER BY id LIMIT $2",
      [string(prefixPattern(text)), int(Int64(limit))])
    if found.count < limit {
      found += try customers(
        """
        SELECT * FROM customers WHERE name ILIKE $1 AND name NOT ILIKE $2 ORDER BY id LIMIT $3
        """,
        [
          string("% " + prefixPattern(text)), string(prefixPattern(text)),
          int(Int64(limit - found.count)),
        ])
    }
    return found
  }

  func orders(ids: [Int64], details: Bool) throws(StoreError) -> [Order] {
    guard !ids.isEmpty else { return [] }
    // One array bind, so that the statements' text (and their prepared plans) stay the same
    // whatever the number of ids.
    let list = [PostgresData(array: ids.map { PostgresData(int64: $0) }, elementType: .int8)]
    let selected = "= ANY($1)"
    let found = try rows(
      together: details
        ? [
          Statement(Self.orderSummaries(selected), list),
          Statement(Self.orderLines(selected), list),
          Statement(Self.orderShipments(selected), list),
        ] : [Statement(Self.orderSummaries(selected), list)])
    let orders = try assembleOrders(
      found[0], lines: details ? found[1] : [], shipments: details ? found[2] : [])
    let byID = Dictionary(orders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return ids.compactMap { byID[$0] }
  }

  /// The columns of orders without their lines, for the orders whose id is `selected` (`= ANY($1)`,
  /// `IN (SELECT ...)`).
  static func orderSummaries(_ selected: String) -> String {
    "SELECT id, customer_id, status, placed_on, total_cents, currency FROM orders WHERE id \(selected)"
  }

  /// The lines of the orders whose id is `selected`, with their products' names.
  static func orderLines(_ selected: String) -> String {
    """
    SELECT l.order_id, l.product_id, p.name_en, p.name_ja, l.quantity, l.unit_price_cents
    FROM order_lines l JOIN products p ON p.id = l.product_id
    WHERE l.order_id \(selected) ORDER BY l.order_id, l.line
    """
  }

  /// The shipments of the orders whose id is `selected`.
  static func orderShipments(_ selected: String) -> String {
    """
    SELECT order_id, carrier, tracking_number, shipped_on, estimated_on, delivered_on
    FROM shipments WHERE order_id \(selected)
    """
  }

  /// The orders of `summaries` (rows of ``orderSummaries(_:)``), in their order, each with its
  /// rows among `lines` and `shipments`.
  func assembleOrders(_ summaries: [PostgresRow], lines: [PostgresRow], shipments: [PostgresRow])
    throws(StoreError) -> [Order]
  {
    var orders: [Order] = []
    orders.reserveCapacity(summaries.count)
    for row in summaries {
      let cells = Cells(row)
      orders.append(
        Order(
          id: try cells.int("id"),
          customerID: RecordID.customer.format(try cells.int("customer_id")),
          status: Order.Status(rawValue: try cells.text("status")) ?? .pending,
          placedOn: try cells.text("placed_on"),
          total: Money(cents: try cells.int("total_cents"), currency: try cells.text("currency"))))
    }
    let currencies = Dictionary(
      orders.map { ($0.id, $0.total.currency) }, uniquingKeysWith: { first, _ in first })
    var linesByOrder: [Int64: [OrderLine]] = [:]
    for row in lines {
      let cells = Cells(row)
      let order = try cells.int("order_id")
      linesByOrder[order, default: []].append(
        OrderLine(
          productID: RecordID.product.format(try cells.int("product_id")),
          productNameEN: try cells.text("name_en"), productNameJA: try cells.text("name_ja"),
          quantity: Int(try cells.int("quantity")),
          unitPrice: Money(
            cents: try cells.int("unit_price_cents"), currency: currencies[order] ?? "USD")))
    }
    var shipmentsByOrder: [Int64: Shipment] = [:]
    for row in shipments {
      let cells = Cells(row)
      shipmentsByOrder[try cells.int("order_id")] = Shipment(
        carrier: try cells.text("carrier"), trackingNumber: try cells.text("tracking_number"),
        shippedOn: try cells.text("shipped_on"), estimatedDelivery: try cells.text("estimated_on"),
        deliveredOn: try cells.optionalText("delivered_on"))
    }
    return orders.map { order in
      var order = order
      order.lines = linesByOrder[order.id] ?? []
      order.shipment = shipmentsByOrder[order.id]
      return order
    }
  }

  func products(named name: String, limit: Int) throws(StoreError) -> [Product] {
    let text = SearchText.normalized(name)
    guard !text.isEmpty else { return [] }
    let compact = text.replacingOccurrences(of: " ", with: "")
    return try rows(
      """
      SELECT *, (lower(name_en) = lower($1) OR name_ja = $1 OR REPLACE(name_ja, ' ', '') = $2)
        AS exact
      FROM products
      WHERE name_en ILIKE $3 OR name_ja ILIKE $3 OR REPLACE(name_ja, ' ', '') ILIKE $4
      ORDER BY exact DESC,
        CASE WHEN name_en ILIKE $3 THEN length(name_en) ELSE length(name_ja) END, id
      LIMIT $5
      """,
      [
        string(text), string(compact), string(containsPattern(text)),
        string(containsPattern(compact)), int(Int64(limit)),
      ]
    ).map { row throws(StoreError) in try Product(cells: Cells(row)) }
  }

  func employees(named name: String) throws(StoreError) -> [Employee] {
    let text = SearchText.personName(name)
    guard !text.isEmpty else { return [] }
    if let number = RecordID.employee.parse(text), text.uppercased().hasPrefix("E") {
      return try rows("SELECT * FROM employees WHERE id = $1", [int(number)]).map {
        row throws(StoreError) in try Employee(cells: Cells(row))
      }
    }
    let compact = containsPattern(text.replacingOccurrences(of: " ", with: ""))
    return try rows(
      """
      SELECT * FROM employees
      WHERE name_en ILIKE $1 OR REPLACE(name_ja, ' ', '') ILIKE $2
        OR REPLACE(name_ja, '・', '') ILIKE $2
      ORDER BY id
      """, [string(containsPattern(text)), string(compact)]
    ).map { row throws(StoreError) in try Employee(cells: Cells(row)) }
  }

  func itAccounts(matching name: String) throws(StoreError) -> [ITAccount] {
    let text = name.trimmingCharactersInWhitespace()
    guard !text.isEmpty else { return [] }
    let byUsername = try rows(
      "SELECT * FROM it_accounts WHERE lower(username) = lower($1) ORDER BY id", [string(text)]
    ).map { row throws(StoreError) in try ITAccount(cells: Cells(row)) }
    if !byUsername.isEmpty { return byUsername }
    let owners = try employees(named: text).compactMap { RecordID.employee.parse($0.id) }
    guard !owners.isEmpty else { return [] }
    return try rows(
      """
      SELECT * FROM it_accounts WHERE employee_id IN (\(owners.map(String.init).joined(separator: ",")))
      ORDER BY id
      """
    ).map { row throws(StoreError) in try ITAccount(cells: Cells(row)) }
  }

  func recentConversations(_ customerID: String, limit: Int) throws(StoreError)
    -> [ConversationSummary]
  {
    try conversationSummaries(
      rows(Self.recentConversationsSQL, [string(customerID), int(Int64(limit))]))
  }

  /// A customer's last conversations with the intents of their lines (`$1`: the customer's id
  /// as `C-1001`, `$2`: how many).
  static let recentConversationsSQL = """
    SELECT c.id, c.channel, c.started_at, c.outcome,
      (SELECT string_agg(m.intent, E'\\n' ORDER BY m.id) FROM messages m
        WHERE m.conversation_id = c.id AND m.speaker != 'bot' AND m.intent IS NOT NULL)
        AS intents
    FROM conversations c WHERE c.customer_id = $1 ORDER BY c.id DESC LIMIT $2
    """

  /// Rows of ``recentConversationsSQL`` as summaries, each intent once.
  func conversationSummaries(_ found: [PostgresRow]) throws(StoreError) -> [ConversationSummary] {
    try found.map { row throws(StoreError) in
      let cells = Cells(row)
      var seen = Set<String>()
      let intents = (try cells.optionalText("intents") ?? "").split(separator: "\n").map(
        String.init)
      return ConversationSummary(
        id: try cells.int("id"), channel: Channel(rawValue: try cells.text("channel")) ?? .console,
        startedAt: try cells.moment("started_at") ?? .distantPast,
        outcome: ConversationOutcome(rawValue: try cells.text("outcome")) ?? .open,
        intents: intents.filter { seen.insert($0).inserted })
    }
  }

  func overview(_ customerID: String, conversations: Int) throws(StoreError) -> Customer360? {
    guard let number = RecordID.customer.parse(customerID) else { return nil }
    // The open orders are a subquery where their lines and shipments are read, so that every
    // part goes to the server at once (``rows(together:)``).
    let open = """
      IN (SELECT id FROM orders WHERE customer_id = $1
        AND status IN ('pending', 'processing', 'shipped') ORDER BY id DESC LIMIT 20)
      """
    let customer = [int(number)]
    let found = try rows(
      together: [
        Statement("SELECT * FROM customers WHERE id = $1", customer),
        Statement(Self.orderSummaries(open) + " ORDER BY id DESC", customer),
        Statement(Self.orderLines(open), customer),
        Statement(Self.orderShipments(open), customer),
        Statement(
          """
          SELECT * FROM invoices WHERE customer_id = $1 AND status IN ('unpaid', 'overdue')
          ORDER BY id DESC
          """, customer),
        Statement(
          "SELECT * FROM tickets WHERE customer_id = $1 AND status != 'closed' ORDER BY id DESC",
          customer),
        Statement(Self.contractsSQL, customer),
        Statement(
          Self.recentConversationsSQL,
          [string(RecordID.customer.format(number)), int(Int64(conversations))]),
      ])
    guard
      let profile = try found[0].first.map({ row throws(StoreError) in
        try Customer(cells: Cells(row))
      })
    else { return nil }
    let unpaid = try found[4].map { row throws(StoreError) in try Invoice(cells: Cells(row)) }
    let balance = BackOffice.balance(of: profile.id, invoices: unpaid)
    return Customer360(
      customer: profile,
      openOrders: try assembleOrders(found[1], lines: found[2], shipments: found[3]),
      unpaidInvoices: balance.invoices, totalDue: balance.totalDue,
      openTickets: try found[5].map { row throws(StoreError) in try Ticket(cells: Cells(row)) },
      contracts: try found[6].map { row throws(StoreError) in try Contract(cells: Cells(row)) },
      recentConversations: try conversationSummaries(found[7]))
  }

  func updateContact(_ customerID: String, email: String?, phone: String?)
    throws(StoreError) -> [Customer]
  {
    guard let number = RecordID.customer.parse(customerID) else { return [] }
    // Under the row's lock, so that no other writer takes the value in between.
    guard
      !(try rows("SELECT id FROM customers WHERE id = $1 FOR UPDATE", [int(number)]).isEmpty)
    else { return [] }
    if let email,
      let owner = try rows(
        "SELECT id FROM customers WHERE lower(email) = lower($1) AND id != $2 LIMIT 1",
        [string(email), int(number)]
      ).first
    {
      let id = RecordID.customer.format(try Cells(owner).int("id"))
      throw StoreError(
        .duplicate(field: "email", owner: id), message: "the email \(email) is another customer's")
    }
    let digits = phone.map { $0.filter { $0.isASCII && $0.isNumber } } ?? ""
    if let phone, !digits.isEmpty,
      let owner = try rows(
        "SELECT id FROM customers WHERE \(PostgresSchema.phoneDigits) = $1 AND id != $2 LIMIT 1",
        [string(digits), int(number)]
      ).first
    {
      let id = RecordID.customer.format(try Cells(owner).int("id"))
      throw StoreError(
        .duplicate(field: "phone", owner: id), message: "the phone \(phone) is another customer's")
    }
    if let email {
      try rows("UPDATE customers SET email = $1 WHERE id = $2", [string(email), int(number)])
    }
    if let phone {
      try rows("UPDATE customers SET phone = $1 WHERE id = $2", [string(phone), int(number)])
    }
    return try customers("SELECT * FROM customers WHERE id = $1", [int(number)])
  }

  func cancelOrder(_ id: Int64, on day: String, audit: AuditEntry) throws(StoreError)
    -> OrderCancellation?
  {
    guard
      !(try rows("UPDATE orders SET status = 'cancelled' WHERE id = $1 RETURNING id", [int(id)])
        .isEmpty), let order = try orders(ids: [id], details: true).first
    else { return nil }
    var refund: Refund?
    let sql = "SELECT * FROM invoices WHERE order_id = $1 ORDER BY id LIMIT 1"
    if let invoice = try invoices(sql, [int(id)]).first {
      if invoice.status == .paid {
        refund = try refunds(
          """
          INSERT INTO refunds (order_id, customer_id, amount_cents, currency, status,
            requested_on) VALUES ($1, $2, $3, $4, 'approved', $5) RETURNING *
          """,
          [
            int(id), optionalInt(RecordID.customer.parse(invoice.customerID)),
            int(invoice.amount.cents), string(invoice.amount.currency), string(day),
          ]
        ).first
      } else if let number = RecordID.invoice.parse(invoice.id) {
        try rows("UPDATE invoices SET status = 'void' WHERE id = $1", [int(number)])
      }
    }
    try insert(audit)
    return OrderCancellation(
      order: order, invoice: try invoices(sql, [int(id)]).first, refund: refund)
  }

}
