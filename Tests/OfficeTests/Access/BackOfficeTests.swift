import Foundation
import Testing

@testable import Office

@Suite struct BackOfficeTests {
  @Test func orderComesWithLinesAndShipment() throws {
    let store = try Fixtures.seededStore()
    let order = try #require(try Fixtures.office(store, .customer).order(id: 1_002).value)
    #expect(order.status == .shipped)
    #expect(order.shipment?.shippedOn == "2026-10-28")
    #expect(order.lines.first?.productNameJA.isEmpty == false)
  }

  @Test(arguments: [
    (Int64(1_003), "cancelled", Order.Status.cancelled),
    (1_005, "cancelled", .cancelled),
    (1_002, "notCancellable", .shipped),
    (1_001, "notCancellable", .delivered),
  ])
  func cancelRules(id: Int64, expected: String, statusAfter: Order.Status) throws {
    let store = try Fixtures.seededStore()
    let result = try Fixtures.office(store, .agent).cancelOrder(id: id)
    let outcome = try #require(result.value)
    switch outcome {
    case .cancelled(let cancellation):
      #expect(expected == "cancelled" && cancellation.order.status == .cancelled)
    case .notCancellable: #expect(expected == "notCancellable")
    case .alreadyCancelled: Issue.record("unexpected already cancelled")
    }
    #expect(try store.order(id: id)?.status == statusAfter)
    let last = try #require(try store.auditLog(limit: 1).last)
    #expect(last.action == "order.cancel")
    #expect(last.target == String(id))
    if expected == "cancelled" { #expect(last.detail.contains("-> cancelled")) }
  }

  @Test func cancellingTwiceSaysAlreadyCancelled() throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .admin)
    _ = try office.cancelOrder(id: 1_003)
    guard case .found(.alreadyCancelled) = try office.cancelOrder(id: 1_003) else {
      Issue.record("expected already cancelled")
      return
    }
    let open = try #require(try office.openOrders(customerID: "C-1001").value)
    #expect(!open.contains { $0.id == 1_003 })
  }

  @Test(arguments: [
    ("new.address@example.co.jp", true), ("a@b.io", true), ("no-at-sign.example.com", false),
    ("two@@example.com", false), ("spaces in@example.com", false), ("x@localhost", false),
    ("x@-bad.com", false), ("@example.com", false), ("x@example.c0m", false),
  ])
  func emailValidation(email: String, valid: Bool) throws {
    #expect(ContactValidation.isValidEmail(email) == valid)
    let store = try Fixtures.seededStore()
    let result = try Fixtures.office(store, .customer).updateContact(email: email)
    if valid {
      #expect(result.value.map { if case .updated(let c) = $0 { c.email } else { "" } } == email)
      #expect(try store.customer(id: "C-1001")?.email == email)
      #expect(
        try store.auditLog(limit: 1).last?.detail.contains("emily.carter@example.com -> ") == true)
    } else {
      #expect(result == .found(.invalid(field: .email, value: email)))
      #expect(try store.customer(id: "C-1001")?.email == "emily.carter@example.com")
    }
  }

  @Test(arguments: [
    ("+81-90-1234-5678", true), ("(555) 010-2030", true), ("03 1234 5678", true),
    ("12345", false), ("call me", false), ("+1-555-CALL-NOW", false),
    ("1234567890123456", false), ("-555-1234567", false),
  ])
  func phoneValidation(phone: String, valid: Bool) {
    #expect(ContactValidation.isValidPhone(phone) == valid)
  }

  @Test(arguments: ["Sato", "sato", "佐藤", "佐藤健二", "Kenji Sato", "E-1001"])
  func leaveBalanceByName(name: String) throws {
    let store = try Fixtures.seededStore()
    let found = try #require(try Fixtures.office(store, .hr).leaveBalance(employee: name).value)
    #expect(found.map(\.id) == ["E-1001"])
    #expect(found[0].leaveDaysRemaining == found[0].leaveDaysTotal - found[0].leaveDaysUsed)
  }

  @Test func unknownEmployeeIsNotFound() throws {
    let store = try Fixtures.seededStore()
    #expect(try Fixtures.office(store, .hr).leaveBalance(employee: "Nobody") == .notFound)
  }

  @Test(arguments: [
    ("P-1001", "P-1001"), ("wireless mouse", "P-1001"), ("WIRELESS MOUSE", "P-1001"),
    ("ワイヤレスマウス", "P-1001"), ("keyboard", "P-1036"), ("mechanical keyboard", "P-1002"),
    ("モニター", "P-1043"),
    ("27インチモニター", "P-1004"),
  ])
  func productByIdOrName(query: String, id: String) throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .customer)
    #expect(try office.product(query).value?.id == id)
    let stock = try #require(try office.stock(product: query).value)
    #expect(stock.levels.map(\.warehouse) == ["Osaka", "Seattle", "Tokyo"])
  }

  @Test func balanceIsUnpaidPlusOverdue() throws {
    let store = try Fixtures.seededStore()
    let balance = try #require(
      try Fixtures.office(store, .finance).balance(customerID: "C-1001").value)
    let invoices = try store.invoices(customerID: "C-1001")
    let due = invoices.filter { $0.status != .paid }
    #expect(balance.totalDue.cents == due.reduce(0) { $0 + $1.amount.cents })
    #expect(balance.invoices.count == due.count)
    #expect(balance.totalDue.cents > 0)
  }

  @Test func passwordResetOpensAnITTicketWithoutPassword() throws {
    let store = try Fixtures.seededStore()
    let ticket = try #require(
      try Fixtures.office(store, .it).requestPasswordReset(account: "ksato", conversationID: nil)
        .value)
    #expect(ticket.team == "it")
    #expect(ticket.subject == "Password reset for ksato (email, vpn)")
    #expect(!ticket.subject.lowercased().contains("password:"))
    #expect(try Fixtures.office(store, .it).requestPasswordReset(account: "nobody") == .notFound)
    let own = try #require(
      try Fixtures.office(store, .agent, agent: "ksato").requestPasswordReset().value)
    #expect(own.subject.contains("ksato"))
  }

  @Test func ticketIsLinkedToTheConversation() throws {
    let store = try Fixtures.seededStore()
    let conversation = try store.startConversation(
      NewConversation(
        customerID: "C-1002", channel: .console, agent: nil, role: .customer,
        startedAt: Fixtures.now))
    let office = Fixtures.office(store, .customer, customer: "C-1002")
    let ticket = try #require(
      try office.createTicket(
        NewTicket(
          customerID: "C-1001", subject: "Talk to a human", priority: .urgent,
          conversationID: conversation)
      ).value)
    #expect(ticket.customerID == "C-1002")  // a customer's ticket is always their own
    #expect(ticket.priority == .urgent)
    #expect(ticket.conversationID == conversation)
    #expect(ticket.createdAt == Fixtures.now)
    #expect(try store.ticket(id: ticket.id) == ticket)
  }

  @Test func leadNamesTheProduct() throws {
    let store = try Fixtures.seededStore()
    let lead = try #require(
      try Fixtures.office(store, .customer).createLead(
        NewLead(product: "laser printer", quantity: 30, note: "quote for 30 printers")
      ).value)
    #expect(lead.customerID == "C-1001")
    #expect(lead.productID == "P-1017")
    #expect(lead.status == "new")
  }

  @Test func customer360GathersEverything() throws {
    let store = try Fixtures.seededStore()
    let conversation = try store.startConversation(
      NewConversation(
        customerID: "C-1001", channel: .console, agent: "ana", role: .agent, startedAt: Fixtures.now
      ))
    try store.recordTurn(Fixtures.turn(conversation, "where is 1002", reply: "shipped"))
    let view = try #require(
      try Fixtures.office(store, .agent).customer360(customerID: "c-1001").value)
    #expect(view.customer.name == "Emily Carter")
    #expect(view.openOrders.map(\.id).contains(1_002))
    #expect(view.openOrders.allSatisfy { $0.status.isOpen })
    #expect(view.unpaidInvoices.allSatisfy { $0.status.isDue })
    #expect(view.totalDue.cents == view.unpaidInvoices.reduce(0) { $0 + $1.amount.cents })
    #expect(!view.contracts.isEmpty)
    #expect(view.recentConversations.first?.intents == ["order_status"])
  }

  @Test(arguments: [
    ("Emi", "C-1001"), ("C-1002", "C-1002"), ("山田", "C-1002"), ("carter", "C-1001"),
  ])
  func customerSearch(prefix: String, first: String) throws {
    let store = try Fixtures.seededStore()
    let found = try #require(
      try Fixtures.office(store, .agent).searchCustomers(prefix: prefix).value)
    #expect(found.first?.id == first)
  }
}

@Suite struct LookupNormalisationTests {
  @Test(arguments: ["佐藤さん", "Mr. Sato", "佐藤 様", "ｓａｔｏ"])
  func honorificsAndWidthAreIgnored(name: String) throws {
    let store = try Fixtures.seededStore()
    #expect(try store.employees(named: name).map(\.id) == ["E-1001"])
  }

  @Test func fullWidthProductName() throws {
    let store = try Fixtures.seededStore()
    #expect(try store.products(named: "ＵＳＢ－Ｃハブ", limit: 1).first?.id == "P-1003")
  }

  @Test(arguments: [
    ("C-10", 10, "C-1001"), ("C-119", 10, "C-1190"), ("C-1199", 1, "C-1199"), ("1200", 1, "C-1200"),
  ])
  func idPrefixCompletion(prefix: String, count: Int, first: String) throws {
    let store = try Fixtures.seededStore()
    let found = try store.customers(matching: prefix, limit: 10)
    #expect(found.count == count)
    #expect(found.first?.id == first)
  }
}

/// Password resets: only IT sees whether an account exists, and only an exact name matches.
@Suite struct PasswordResetAccessTests {
  @Test(arguments: [Role.agent, .finance, .hr, .legal])
  func otherStaffGetTheSameTicketForAnyName(role: Role) throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, role)
    for name in ["jking", "nobody", "k"] {
      let ticket = try #require(try office.requestPasswordReset(account: name).value)
      #expect(ticket.subject == "Password reset request for \(name), for IT to verify")
      #expect(ticket.priority == .normal)
    }
  }

  @Test func itMatchesAUsernameOrAWholeNameOnly() throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .it)
    #expect(try office.requestPasswordReset(account: "k") == .notFound)
    #expect(try office.requestPasswordReset(account: "Sato") == .notFound)
    let byName = try #require(try office.requestPasswordReset(account: "Kenji Sato").value)
    #expect(byName.subject == "Password reset for ksato (email, vpn)")
    let byUsername = try #require(try office.requestPasswordReset(account: "KSATO").value)
    #expect(byUsername.subject == "Password reset for ksato (email, vpn)")
  }
}

/// Contact details identify one customer: a change to another customer's email or phone is
/// refused, and nothing changes.
@Suite struct ContactUniquenessTests {
  @Test func anotherCustomersEmailOrPhoneIsRefused() throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .agent)
    let other = try #require(try store.customer(id: "C-1002"))
    let before = try #require(try store.customer(id: "C-1001"))
    let email = other.email.uppercased()
    #expect(
      try office.updateContact(customerID: "C-1001", email: email)
        == .found(.taken(field: .email, value: email, owner: "C-1002")))
    let phone = other.phone.replacingOccurrences(of: "-", with: " ")
    #expect(
      try office.updateContact(customerID: "C-1001", phone: phone)
        == .found(.taken(field: .phone, value: phone, owner: "C-1002")))
    #expect(try store.customer(id: "C-1001") == before)
    #expect(try store.auditLog(limit: 1).last?.detail == "refused: phone of C-1002")
    // One's own details again, in another case, are no conflict.
    let own = try office.updateContact(customerID: "C-1001", email: before.email.uppercased())
    #expect(own.value.map { if case .updated = $0 { true } else { false } } == true)
  }
}

/// The reads that slot resolving and the rules make go through the gate too.
@Suite struct GateReadsTests {
  @Test func employeeLookupIsForHROnlyAndAudited() throws {
    let store = try Fixtures.seededStore()
    #expect(try Fixtures.office(store, .hr).hasEmployee(named: "Sato") == .found(true))
    #expect(try Fixtures.office(store, .hr).hasEmployee(named: "Nobody") == .found(false))
    #expect(try store.auditLog(limit: 1).last?.action == "employee.lookup")
    #expect(
      try Fixtures.office(store, .agent).hasEmployee(named: "Sato")
        == .forbidden(required: [.hr, .admin]))
    #expect(try store.auditLog(limit: 1).last?.allowed == false)
  }

  @Test func ruleTierIsAudited() throws {
    let store = try Fixtures.seededStore()
    #expect(try Fixtures.office(store, .finance).tierForRules(customerID: "C-1001") == .gold)
    let entry = try #require(try store.auditLog(limit: 1).last)
    #expect(entry.action == "rules.customer_tier")
    #expect(entry.role == .finance)
  }
}
