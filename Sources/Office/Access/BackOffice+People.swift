extension BackOffice {
  /// Employees whose English or Japanese name contains `name`, with their leave balance.
  public func leaveBalance(employee name: String) throws(StoreError) -> OfficeResult<[Employee]> {
    let action = "employee.leave"
    if let roles = try refusal(.read, .employees, action: action, target: name) {
      return .forbidden(required: roles)
    }
    let found = try store.employees(named: name)
    try audit(action, name, allowed: true, found.isEmpty ? "not found" : "")
    return found.isEmpty ? .notFound : .found(found)
  }

  /// Opens an IT ticket to reset a password. Passwords are never stored nor shown.
  ///
  /// A customer session asks for its own portal login. Staff name an account (username or the
  /// employee's whole name), or leave it out for their own account (the agent name). Only a role
  /// that may read IT accounts learns whether the account exists and in what state: any other
  /// gets the same ticket whatever the name, for IT to verify. A partial name matches nothing.
  public func requestPasswordReset(account: String? = nil, conversationID: Int64? = nil)
    throws(StoreError) -> OfficeResult<Ticket>
  {
    let action = "it.password_reset"
    let target = account ?? principal.customerID ?? principal.agent ?? "-"
    if let roles = try refusal(.write, .passwordResets, action: action, target: target) {
      return .forbidden(required: roles)
    }
    let request: NewTicket
    if principal.role == .customer {
      guard let id = principal.customerID, account == nil || account == id,
        try store.customer(id: id) != nil
      else {
        try audit(action, target, allowed: account == nil, "not found")
        return .notFound
      }
      request = NewTicket(
        customerID: id, subject: "Password reset for customer portal login \(id)",
        priority: .normal, team: "it", conversationID: conversationID)
    } else {
      guard let name = (account ?? principal.agent)?.trimmingCharactersInWhitespace(),
        !name.isEmpty
      else {
        try audit(action, target, allowed: true, "no account given")
        return .notFound
      }
      if !AccessPolicy.allows(principal.role, .read, .itAccounts) {
        request = NewTicket(
          subject: "Password reset request for \(name), for IT to verify", priority: .normal,
          team: "it", conversationID: conversationID)
      } else {
        let accounts = try accounts(named: name)
        guard let first = accounts.first else {
          try audit(action, target, allowed: true, "not found")
          return .notFound
        }
        let systems = accounts.map(\.system).joined(separator: ", ")
        request = NewTicket(
          subject: "Password reset for \(first.username) (\(systems))",
          priority: accounts.contains(where: \.locked) ? .high : .normal, team: "it",
          conversationID: conversationID)
      }
    }
    let ticket = try store.createTicket(request, at: clock())
    try audit(action, target, allowed: true, "opened \(ticket.id)")
    return .found(ticket)
  }

  /// The accounts of one person: those with exactly this username, else those of the one
  /// employee whose whole name (English or Japanese) it is. Never a partial match.
  private func accounts(named name: String) throws(StoreError) -> [ITAccount] {
    let candidates = try store.itAccounts(matching: name)
    let wanted = Self.comparable(name)
    let byUsername = candidates.filter { $0.username.lowercased() == wanted }
    if !byUsername.isEmpty { return byUsername }
    let owners = try store.employees(named: name).filter { employee in
      Self.comparable(employee.nameEN) == wanted || Self.comparable(employee.nameJA) == wanted
    }
    guard owners.count == 1 else { return [] }
    return candidates.filter { $0.employeeID == owners[0].id }
  }

  /// A name as compared: without honorifics, spaces or `・`, lowercased.
  private static func comparable(_ name: String) -> String {
    SearchText.personName(name).lowercased().filter { $0 != " " && $0 != "・" && $0 != "\u{3000}" }
  }
}

extension BackOffice {
  /// Whether some employee's English or Japanese name contains `name` (HR records: HR and admin
  /// only), for recognising a name in a line before asking for one; audited.
  public func hasEmployee(named name: String) throws(StoreError) -> OfficeResult<Bool> {
    let action = "employee.lookup"
    if let roles = try refusal(.read, .employees, action: action, target: name) {
      return .forbidden(required: roles)
    }
    let found = try !store.employees(named: name).isEmpty
    try audit(action, name, allowed: true, found ? "" : "not found")
    return .found(found)
  }
}
