extension ExportEntity {
  /// The table read.
  package var table: String {
    switch self {
    case .customers, .orders, .invoices, .products, .tickets, .conversations, .messages,
      .employees, .contracts:
      return rawValue
    }
  }

  /// The exported fields, in order (the contract's fields come first).
  package var columns: [ExportColumn] {
    switch self {
    case .customers:
      return [
        .init("id", .id(.customer)), .init("name"), .init("email"), .init("language"),
        .init("phone"), .init("company"), .init("tier"),
      ]
    case .orders:
      return [
        .init("id", .id(nil)), .init("customer_id", .id(.customer)), .init("status"),
        .init("placed_on"), .init("total", .cents, sql: "total_cents"), .init("currency"),
      ]
    case .invoices:
      return [
        .init("id", .id(.invoice)), .init("customer_id", .id(.customer)), .init("status"),
        .init("order_id", .id(nil)), .init("amount", .cents, sql: "amount_cents"),
        .init("currency"), .init("issued_on"), .init("due_on"),
      ]
    case .products:
      return [
        .init("id", .id(.product)), .init("name_en"), .init("name_ja"),
        .init("price", .cents, sql: "price_cents"), .init("currency"),
      ]
    case .tickets:
      return [
        .init("id", .id(.ticket)), .init("customer_id", .id(.customer)), .init("subject"),
        .init("status"), .init("priority"), .init("team"), .init("conversation_id", .id(nil)),
        .init("created_at", .moment),
      ]
    case .conversations:
      return [
        .init("id", .id(nil)), .init("customer_id"), .init("channel"), .init("outcome"),
        .init("agent"), .init("role"), .init("started_at", .moment), .init("ended_at", .moment),
      ]
    case .messages:
      return [
        .init("id", .id(nil)), .init("conversation_id", .id(nil)), .init("speaker"),
        .init("text"), .init("intent"), .init("confidence", .number), .init("slots", .json),
        .init("language"), .init("agent"), .init("role"), .init("channel"), .init("at", .moment),
        .init("decision"), .init("matcher_intent"), .init("matcher_confidence", .number),
        .init("actions"),
      ]
    case .employees:
      return [
        .init("id", .id(.employee)), .init("name", sql: "name_en"), .init("name_ja"),
        .init("department"), .init("email"), .init("leave_days_total", .number, sql: "leave_total"),
        .init("leave_days_used", .number, sql: "leave_used"),
      ]
    case .contracts:
      return [
        .init("id", .id(.contract)), .init("customer_id", .id(.customer)), .init("title"),
        .init("start_on"), .init("end_on"), .init("renewal_terms"), .init("auto_renew", .bool),
      ]
    }
  }

  /// The query reading every record in id order.
  package var query: String {
    "SELECT " + columns.map(\.expression).joined(separator: ", ") + " FROM " + table
      + " ORDER BY id"
  }
}
