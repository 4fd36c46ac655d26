extension ExportEntity {
  /// The table read.
  package var table: String {
    switch self {
    case .audit: return "audit_log"
    case .leave: return "employees"
    default: return rawValue
    }
  }

  /// The columns of the table's primary key (rows are upserted and exported by it).
  package var key: [String] {
    switch self {
    case .orderLines: return ["order_id", "line"]
    case .shipments: return ["order_id"]
    case .stock: return ["product_id", "warehouse"]
    default: return ["id"]
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
    case .orderLines:
      return [
        .init("order_id", .id(nil)), .init("line", .number), .init("product_id", .id(.product)),
        .init("quantity", .number), .init("unit_price", .cents, sql: "unit_price_cents"),
      ]
    case .shipments:
      return [
        .init("order_id", .id(nil)), .init("carrier"), .init("tracking_number"),
        .init("shipped_on"), .init("estimated_on"), .init("delivered_on"),
      ]
    case .stock:
      return [
        .init("product_id", .id(.product)), .init("warehouse"), .init("quantity", .number),
      ]
    case .payments:
      return [
        .init("id", .id(.payment)), .init("invoice_id", .id(.invoice)),
        .init("amount", .cents, sql: "amount_cents"), .init("currency"), .init("paid_on"),
        .init("method"),
      ]
    case .refunds:
      return [
        .init("id", .id(.refund)), .init("order_id", .id(nil)),
        .init("customer_id", .id(.customer)), .init("amount", .cents, sql: "amount_cents"),
        .init("currency"), .init("status"), .init("requested_on"),
      ]
    case .itAccounts:
      return [
        .init("id", .id(.itAccount)), .init("employee_id", .id(.employee)), .init("username"),
        .init("system"), .init("locked", .bool),
      ]
    case .leads:
      return [
        .init("id", .id(.lead)), .init("customer_id", .id(.customer)),
        .init("product_id", .id(.product)), .init("quantity", .number), .init("note"),
        .init("status"), .init("created_at", .moment),
      ]
    case .leave:
      return [
        .init("employee_id", .id(.employee), sql: "id"),
        .init("leave_days_total", .number, sql: "leave_total"),
        .init("leave_days_used", .number, sql: "leave_used"),
      ]
    case .audit:
      return [
        .init("id", .id(nil)), .init("at", .moment), .init("actor"), .init("role"),
        .init("action"), .init("target"), .init("allowed", .bool), .init("detail"),
        .init("customer_id"),
      ]
    }
  }

  /// The `SELECT ... FROM table` of the exported columns, without condition or order.
  package var select: String {
    "SELECT " + columns.map(\.expression).joined(separator: ", ") + " FROM " + table
  }

  /// The query reading every record in key order.
  package var query: String {
    select + " ORDER BY " + key.joined(separator: ", ")
  }
}
