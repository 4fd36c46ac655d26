/// What an imported field must hold beyond its type (``ExportColumn``'s kind).
package enum FieldRule: Sendable, Equatable {
  /// Anything.
  case any
  /// An email address (``ContactValidation/isValidEmail(_:)``).
  case email
  /// A phone number (``ContactValidation/isValidPhone(_:)``), or empty (a forgotten customer).
  case phone
  /// A day, `yyyy-MM-dd`.
  case day
  /// One of these words.
  case oneOf([String])
  /// The id of a record of `entity` (its single key column), that exists or is imported before.
  case reference(ExportEntity)
  /// Text that is not empty.
  case nonEmpty
}

/// One field as `import` reads it: the exported column, whether it may be null, and its rule.
package struct ImportField: Sendable {
  /// The exported column (name, table column, kind).
  package let column: ExportColumn
  /// Whether the table's column takes NULL (an empty CSV field or JSON null).
  package let nullable: Bool
  /// What the value must be.
  package let rule: FieldRule
  /// Whether the number is stored as a real (a confidence), not an integer.
  package let real: Bool
}

/// Currencies an amount may be in (ISO 4217 codes).
package let knownCurrencies = [
  "USD", "JPY", "EUR", "GBP", "CNY", "KRW", "AUD", "CAD", "CHF", "HKD", "SGD", "NZD", "SEK",
  "NOK", "DKK", "INR", "TWD", "THB", "MXN", "BRL",
]

extension ExportEntity {
  /// The fields an import of this entity reads, in the export's order.
  package var importFields: [ImportField] {
    columns.map { column in
      ImportField(
        column: column, nullable: nullableColumns.contains(column.expression),
        rule: rule(column.name),
        real: column.expression == "confidence" || column.expression == "matcher_confidence")
    }
  }

  /// Whether an import only updates records that exist (a view of another entity's table,
  /// which `--replace` leaves alone).
  package var updatesOnly: Bool { self == .leave }

  /// The table columns that take NULL.
  private var nullableColumns: Set<String> {
    switch self {
    case .conversations: return ["customer_id", "agent", "ended_at"]
    case .messages:
      return [
        "intent", "confidence", "language", "agent", "decision", "matcher_intent",
        "matcher_confidence", "actions",
      ]
    case .invoices: return ["order_id"]
    case .shipments: return ["delivered_on"]
    case .tickets: return ["customer_id", "conversation_id"]
    case .leads: return ["customer_id", "product_id"]
    case .audit: return ["customer_id"]
    default: return []
    }
  }

  /// The rule of field `name`.
  private func rule(_ name: String) -> FieldRule {
    if name.hasSuffix("_on") { return .day }
    if name == "currency" { return .oneOf(knownCurrencies) }
    if let entity = reference(name) { return .reference(entity) }
    switch (self, name) {
    case (.customers, "email"), (.employees, "email"): return .email
    case (.customers, "phone"): return .phone
    case (.customers, "tier"): return .oneOf(Customer.Tier.allCases.map(\.rawValue))
    case (.customers, "language"): return .oneOf(["en", "ja"])
    case (.customers, "name"), (.products, "name_en"), (.employees, "name"): return .nonEmpty
    case (.orders, "status"): return .oneOf(Order.Status.allCases.map(\.rawValue))
    case (.invoices, "status"): return .oneOf(Invoice.Status.allCases.map(\.rawValue))
    case (.refunds, "status"): return .oneOf(Refund.Status.allCases.map(\.rawValue))
    case (.tickets, "status"): return .oneOf(Ticket.Status.allCases.map(\.rawValue))
    case (.tickets, "priority"): return .oneOf(Ticket.Priority.allCases.map(\.rawValue))
    case (.conversations, "channel"), (.messages, "channel"):
      return .oneOf(Channel.allCases.map(\.rawValue))
    case (.conversations, "outcome"): return .oneOf(ConversationOutcome.allCases.map(\.rawValue))
    case (.conversations, "role"), (.messages, "role"), (.audit, "role"):
      return .oneOf(Role.allCases.map(\.rawValue))
    default: return .any
    }
  }

  /// The entity a field refers to (the tables' foreign keys).
  private func reference(_ name: String) -> ExportEntity? {
    switch (self, name) {
    case (.orders, "customer_id"), (.invoices, "customer_id"), (.refunds, "customer_id"),
      (.contracts, "customer_id"), (.tickets, "customer_id"), (.leads, "customer_id"):
      return .customers
    case (.orderLines, "order_id"), (.shipments, "order_id"), (.invoices, "order_id"),
      (.refunds, "order_id"):
      return .orders
    case (.orderLines, "product_id"), (.stock, "product_id"), (.leads, "product_id"):
      return .products
    case (.payments, "invoice_id"): return .invoices
    case (.itAccounts, "employee_id"), (.leave, "employee_id"): return .employees
    case (.messages, "conversation_id"): return .conversations
    default: return nil
    }
  }
}
