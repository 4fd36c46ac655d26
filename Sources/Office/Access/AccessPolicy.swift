/// What the back office holds, for the access matrix.
public enum AccessResource: String, Sendable, CaseIterable {
  case customers, orders, products, stock, invoices, payments, refunds, balances, tickets, leads
  case contracts, employees, itAccounts = "it_accounts", passwordResets = "password_resets"
  /// The conversation log: conversations and their messages.
  case conversations
  /// Erasing a customer's personal data and pruning old conversations (admin only).
  case retention
  /// The analytics report over every conversation (`switchboard report`, `backlog`).
  case reports
  /// The audit log itself (admin only).
  case auditLog = "audit_log"
  /// Writing the company's own records from files (`switchboard import`, `db copy`; admin only).
  case imports = "import"
}

/// Reading or changing.
public enum AccessOperation: String, Sendable, CaseIterable {
  case read, write
}

/// The access matrix: which roles may read and write which records, in one place, as data.
///
/// The customer role appears where a customer may act on their own records; ``BackOffice`` then
/// narrows it to records of `Principal.customerID`, and anything else looks exactly like a record
/// that does not exist. `admin` may do everything.
public enum AccessPolicy {
  /// Roles allowed, by resource and operation (admin is added everywhere).
  public static let matrix: [AccessResource: [AccessOperation: Set<Role>]] = [
    .customers: [.read: [.customer, .agent, .finance, .legal], .write: [.customer, .agent]],
    .orders: [.read: [.customer, .agent], .write: [.customer, .agent]],
    .products: [.read: Set(Role.allCases), .write: []],
    .stock: [.read: Set(Role.allCases), .write: []],
    .invoices: [.read: [.customer, .agent, .finance], .write: [.finance]],
    .payments: [.read: [.customer, .finance], .write: [.finance]],
    .refunds: [.read: [.customer, .finance], .write: [.finance]],
    .balances: [.read: [.customer, .agent, .finance], .write: []],
    .tickets: [.read: [.customer, .agent, .it], .write: Set(Role.allCases)],
    .leads: [.read: [.agent], .write: [.customer, .agent]],
    .contracts: [.read: [.customer, .agent, .legal], .write: [.legal]],
    .employees: [.read: [.hr], .write: [.hr]],
    .itAccounts: [.read: [.it], .write: [.it]],
    .passwordResets: [.read: [.it], .write: Set(Role.allCases)],
    .conversations: [.read: [.customer, .agent], .write: Set(Role.allCases)],
    .retention: [.read: [], .write: []],
    .reports: [.read: [.agent, .finance], .write: []],
    .auditLog: [.read: [], .write: []],
    .imports: [.read: [], .write: []],
  ]

  /// Whether `role` may perform `operation` on `resource`.
  public static func allows(_ role: Role, _ operation: AccessOperation, _ resource: AccessResource)
    -> Bool
  {
    role == .admin || (matrix[resource]?[operation]?.contains(role) ?? false)
  }

  /// Whether `role` is one of `required` (a business rule's `require_role`); admin always is, and
  /// an empty list requires nothing.
  public static func allows(_ role: Role, requiring required: [Role]) -> Bool {
    required.isEmpty || role == .admin || required.contains(role)
  }

  /// The roles that may perform `operation` on `resource`, in ``Role`` order.
  public static func roles(_ operation: AccessOperation, _ resource: AccessResource) -> [Role] {
    Role.allCases.filter { allows($0, operation, resource) }
  }

  /// Whether `role` sees only its own customer's records.
  public static func ownRecordsOnly(_ role: Role) -> Bool { role == .customer }
}
