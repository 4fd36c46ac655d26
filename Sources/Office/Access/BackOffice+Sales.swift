extension BackOffice {
  /// A customer's contracts with their renewal terms, by end date.
  public func contracts(customerID: String? = nil) throws(StoreError) -> OfficeResult<[Contract]> {
    try scopedRead(.contracts, action: "contracts.list", customerID: customerID) {
      id throws(StoreError) in try store.contracts(customerID: id)
    }
  }

  /// The contract with that id; a customer gets only their own (another's is not found).
  public func contract(id: String) throws(StoreError) -> OfficeResult<Contract> {
    try guardedRead(.contracts, action: "contract.read", target: id, owner: \.customerID) {
      () throws(StoreError) in try store.contract(id: id)
    }
  }

  /// Records a sales lead (a quote request). A customer session's lead is always its own; a
  /// product may be named by id or name.
  public func createLead(_ lead: NewLead) throws(StoreError) -> OfficeResult<Lead> {
    let action = "lead.create"
    let customer = principal.role == .customer ? principal.customerID : lead.customerID
    let target = customer ?? "-"
    if let roles = try refusal(.write, .leads, action: action, target: target) {
      return .forbidden(required: roles)
    }
    if let customer, try store.customer(id: customer) == nil {
      try audit(action, target, allowed: true, "not found")
      return .notFound
    }
    var productID: String?
    if let query = lead.product {
      productID = try store.product(id: query)?.id
      if productID == nil { productID = try store.products(named: query, limit: 1).first?.id }
    }
    let created = try store.createLead(
      customerID: customer, productID: productID, quantity: lead.quantity, note: lead.note,
      at: clock())
    try audit(action, target, allowed: true, "opened \(created.id)")
    return .found(created)
  }

  /// Opens a ticket for a human team, linked to the conversation it comes from. A customer
  /// session's ticket is always its own.
  public func createTicket(_ ticket: NewTicket) throws(StoreError) -> OfficeResult<Ticket> {
    let action = "ticket.create"
    var request = ticket
    if principal.role == .customer { request.customerID = principal.customerID }
    let target = request.customerID ?? "-"
    if let roles = try refusal(.write, .tickets, action: action, target: target) {
      return .forbidden(required: roles)
    }
    if let id = request.customerID, try store.customer(id: id) == nil {
      try audit(action, target, allowed: true, "not found")
      return .notFound
    }
    let created = try store.createTicket(request, at: clock())
    try audit(action, target, allowed: true, "opened \(created.id)")
    return .found(created)
  }

  /// A customer's tickets, newest first; `openOnly` drops closed ones.
  public func tickets(customerID: String? = nil, openOnly: Bool = true) throws(StoreError)
    -> OfficeResult<[Ticket]>
  {
    try scopedRead(.tickets, action: "tickets.list", customerID: customerID) {
      id throws(StoreError) in try store.tickets(customerID: id, openOnly: openOnly)
    }
  }
}
