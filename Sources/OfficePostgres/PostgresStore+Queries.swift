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
    // One array bind, so that the statement's text (and its prepared plan) stays the same
    // whatever the number of ids.
    let list = [PostgresData(array: ids.map { PostgresData(int64: $0) }, elementType: .int8)]
    let selected = "= ANY($1)"
    let orders: [Order]
    if details {
      // The orders, their lines and their shipments as JSON arrays from one statement.
      let found = try rows(
        Self.jsonArrays([
          ("orders", Self.orderSummaries(selected), "id"),
          ("lines", Self.orderLines(selected), "order_id, line"),
          ("shipments", Self.orderShipments(selected), "order_id"),
        ]), list)
      guard let parts = found.first.map(Cells.init) else { return [] }
      orders = try assembleOrders(
        parts.objects("orders"), lines: parts.objects("lines"),
        shipments: parts.objects("shipments"))
    } else {
      orders = try assembleOrders(
        rows(Self.orderSummaries(selected), list).map(Cells.init), lines: [], shipments: [])
    }
    let byID = Dictionary(orders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return ids.compactMap { byID[$0] }
  }

  /// One statement answering several reads: a row with a column per part, `name`, holding the
  /// JSON array of the rows of its statement `rows` sorted by `order` (null for none), read with
  /// ``Cells/objects(_:)``. One round trip instead of one per part.
  static func jsonArrays(_ parts: [(name: String, rows: String, order: String)]) -> String {
    "SELECT "
      + parts.map { part in
        "(SELECT json_agg(x ORDER BY \(part.order))::text FROM (\(part.rows)) x) AS \(part.name)"
      }.joined(separator: ",\n")
  }

  /// The columns of orders without their lines, for the orders whose id is `selected` (`= ANY($1)`,
  /// `IN (SELECT ...)`).
  static func orderSummaries(_ selected: String) -> String {
    "SELECT id, customer_id, status, placed_on, total_cents, currency FROM orders WHERE id \(selected)"
  }

  /// The lines of the orders whose id is `selected`, with their products' names.
  static func orderLines(_ selected: String) -> String {
    """
    SELECT l.order_id, l.line, l.product_id, p.name_en, p.name_ja, l.quantity, l.unit_price_cents
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
  /// rows among `lines` and `shipments` (rows of ``orderLines(_:)``, ``orderShipments(_:)``).
  func assembleOrders(_ summaries: [Cells], lines: [Cells], shipments: [Cells])
    throws(StoreError) -> [Order]
  {
    var orders: [Order] = []
    orders.reserveCapacity(summaries.count)
    for cells in summaries {
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
    for cells in lines {
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
    for cells in shipments {
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
    let sql = Self.recentConversations(customer: "$1", limit: "$2")
    return try conversationSummaries(
      rows(sql, [string(customerID), int(Int64(limit))]).map(Cells.init))
  }

  /// A customer's last conversations with the intents of their lines, given the placeholders of
  /// the customer's id (as `C-1001`) and of how many.
  static func recentConversations(customer: String, limit: String) -> String {
    """
    SELECT c.id, c.channel, c.started_at, c.outcome,
      (SELECT string_agg(m.intent, E'\\n' ORDER BY m.id) FROM messages m
        WHERE m.conversation_id = c.id AND m.speaker != 'bot' AND m.intent IS NOT NULL)
        AS intents
    FROM conversations c WHERE c.customer_id = \(customer) ORDER BY c.id DESC LIMIT \(limit)
    """
  }

  /// Rows of ``recentConversations(customer:limit:)`` as summaries, each intent once.
  func conversationSummaries(_ found: [Cells]) throws(StoreError) -> [ConversationSummary] {
    try found.map { cells throws(StoreError) in
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
    let open = """
      IN (SELECT id FROM orders WHERE customer_id = $1
        AND status IN ('pending', 'processing', 'shipped') ORDER BY id DESC LIMIT 20)
      """
    // Every part of the view from one statement (``jsonArrays(_:)``). $1: the customer's number,
    // $2: the customer's id as conversations store it, $3: how many conversations.
    let parts: [(name: String, rows: String, order: String)] = [
      ("customer", "SELECT * FROM customers WHERE id = $1", "id"),
      ("orders", Self.orderSummaries(open), "id DESC"),
      ("lines", Self.orderLines(open), "order_id, line"),
      ("shipments", Self.orderShipments(open), "order_id"),
      (
        "invoices",
        "SELECT * FROM invoices WHERE customer_id = $1 AND status IN ('unpaid', 'overdue')",
        "id DESC"
      ),
      ("tickets", "SELECT * FROM tickets WHERE customer_id = $1 AND status != 'closed'", "id DESC"),
      ("contracts", Self.contractsSQL, "end_on, id"),
      ("conversations", Self.recentConversations(customer: "$2", limit: "$3"), "id DESC"),
    ]
    let found = try rows(
      Self.jsonArrays(parts),
      [int(number), string(RecordID.customer.format(number)), int(Int64(conversations))])
    guard let view = found.first.map(Cells.init),
      let profile = try view.objects("customer").first.map({ cells throws(StoreError) in
        try Customer(cells: cells)
      })
    else { return nil }
    let unpaid = try view.objects("invoices").map { cells throws(StoreError) in
      try Invoice(cells: cells)
    }
    let balance = BackOffice.balance(of: profile.id, invoices: unpaid)
    return Customer360(
      customer: profile,
      openOrders: try assembleOrders(
        view.objects("orders"), lines: view.objects("lines"),
        shipments: view.objects("shipments")),
      unpaidInvoices: balance.invoices, totalDue: balance.totalDue,
      openTickets: try view.objects("tickets").map { cells throws(StoreError) in
        try Ticket(cells: cells)
      },
      contracts: try view.objects("contracts").map { cells throws(StoreError) in
        try Contract(cells: cells)
      },
      recentConversations: try conversationSummaries(view.objects("conversations")))
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
