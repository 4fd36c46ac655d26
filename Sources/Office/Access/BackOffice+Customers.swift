extension BackOffice {
  /// A customer's profile.
  public func customer(id: String) throws(StoreError) -> OfficeResult<Customer> {
    try guardedRead(.customers, action: "customer.read", target: id, owner: \.id) {
      () throws(StoreError) in try store.customer(id: id)
    }
  }

  /// Customers whose id or name starts with `prefix` (for tab completion and `/customer`).
  /// A customer session finds only itself.
  public func searchCustomers(prefix: String, limit: Int = 10) throws(StoreError)
    -> OfficeResult<[Customer]>
  {
    let action = "customers.search"
    if let roles = try refusal(.read, .customers, action: action, target: prefix) {
      return .forbidden(required: roles)
    }
    var found = try store.customers(matching: prefix, limit: limit)
    if AccessPolicy.ownRecordsOnly(principal.role) {
      found = found.filter { $0.id == principal.customerID }
    }
    try audit(action, prefix, allowed: true, "\(found.count) found")
    return .found(found)
  }

  /// Changes a customer's email and/or phone after checking their format and that no other
  /// customer has them (emails in any letter case, phones by their digits); the change is
  /// written to the audit log.
  public func updateContact(customerID: String? = nil, email: String? = nil, phone: String? = nil)
    throws(StoreError) -> OfficeResult<ContactUpdate>
  {
    let action = "customer.update_contact"
    let target = customerID ?? principal.customerID ?? "-"
    if let roles = try refusal(.write, .customers, action: action, target: target) {
      return .forbidden(required: roles)
    }
    guard let id = try scopedCustomer(customerID, action: action),
      let before = try store.customer(id: id)
    else { return .notFound }
    let email = email?.trimmingCharactersInWhitespace()
    let phone = phone?.trimmingCharactersInWhitespace()
    if let email, !ContactValidation.isValidEmail(email) {
      try audit(action, id, allowed: true, "refused: invalid email")
      return .found(.invalid(field: .email, value: email))
    }
    if let phone, !ContactValidation.isValidPhone(phone) {
      try audit(action, id, allowed: true, "refused: invalid phone")
      return .found(.invalid(field: .phone, value: phone))
    }
    let updated: Customer?
    do {
      updated = try store.updateContact(customerID: id, email: email, phone: phone)
    } catch {
      guard case .duplicate(let name, let owner) = error.kind,
        let field = ContactField(rawValue: name)
      else { throw error }
      try audit(action, id, allowed: true, "refused: \(name) of \(owner)")
      return .found(
        .taken(field: field, value: field == .email ? email ?? "" : phone ?? "", owner: owner))
    }
    guard let after = updated else { return .notFound }
    var changes: [String] = []
    if let email { changes.append("email \(before.email) -> \(email)") }
    if let phone { changes.append("phone \(before.phone) -> \(phone)") }
    try audit(action, id, allowed: true, changes.joined(separator: "; "))
    return .found(.updated(after))
  }

  /// Everything about one customer: profile, open orders, unpaid invoices and total due, open
  /// tickets, contracts and the last five conversations.
  public func customer360(customerID: String? = nil) throws(StoreError)
    -> OfficeResult<Customer360>
  {
    // The view shows orders too: a role needs both.
    if !AccessPolicy.allows(principal.role, .read, .orders) {
      let roles = AccessPolicy.roles(.read, .customers).filter {
        AccessPolicy.allows($0, .read, .orders)
      }
      try audit("customer.360", customerID ?? "-", allowed: false, "role may not read orders")
      return .forbidden(required: roles)
    }
    let action = "customer.360"
    if let roles = try refusal(.read, .customers, action: action, target: customerID ?? "-") {
      return .forbidden(required: roles)
    }
    guard let id = try scopedCustomer(customerID, action: action, checkExists: false) else {
      return .notFound
    }
    guard var view = try store.customerOverview(customerID: id, conversations: 5) else {
      try audit(action, id, allowed: true, "not found")
      return .notFound
    }
    view.unpaidInvoices = view.unpaidInvoices.map(standing)
    try audit(action, id, allowed: true)
    return .found(view)
  }
}

extension BackOffice {
  /// The tier of a customer, for the business rules' conditions (the rules decide for every
  /// role, and the tier is not shown); audited, and nil for no such customer.
  public func tierForRules(customerID: String) throws(StoreError) -> Customer.Tier? {
    let tier = try store.customer(id: customerID)?.tier
    try audit("rules.customer_tier", customerID, allowed: true, tier == nil ? "not found" : "")
    return tier
  }
}
