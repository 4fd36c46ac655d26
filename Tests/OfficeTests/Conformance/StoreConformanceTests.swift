import Foundation
import Testing

@testable import Office

/// The same behaviour from every ``Store`` backend, through the protocol only: reads answer
/// the record asked for, changes return the records as they are now, units of work commit their
/// writes together and undo a failing write alone.
@Suite struct StoreConformanceTests {
  private func start(_ store: any Store) throws -> Int64 {
    try store.startConversation(
      NewConversation(
        customerID: "C-1001", channel: .pipe, agent: nil, role: .customer,
        startedAt: Fixtures.now))
  }

  private func messages(_ store: any Store) throws -> [String] {
    var lines: [String] = []
    _ = try store.export(.messages, format: .jsonl, customerID: nil) { lines.append($0) }
    return lines
  }

  @Test(arguments: StoreBackend.all)
  func readsAnswerTheRecordAskedFor(_ backend: StoreBackend) throws {
    try backend.with { store in
      #expect(try store.customer(id: "C-1001")?.id == "C-1001")
      #expect(try store.customer(id: "C-999999") == nil)
      #expect(try store.customer(id: "not an id") == nil)
      let found = try store.customers(matching: "C-100", limit: 3)
      #expect(found.map(\.id) == ["C-1001", "C-1002", "C-1003"])
      let orders = try store.orders(customerID: "C-1001", openOnly: false, limit: 5)
      let summaries = try store.orderSummaries(customerID: "C-1001", openOnly: false, limit: 5)
      #expect(!orders.isEmpty)
      #expect(orders.map(\.id) == summaries.map(\.id))
      let first = try #require(orders.first)
      #expect(try store.order(id: first.id)?.lines == first.lines)
      #expect(try store.order(id: 99_999_999) == nil)
      #expect(try store.product(id: "P-1001")?.id == "P-1001")
      #expect(try store.invoice(id: "INV-99999999") == nil)
      #expect(try store.ticket(id: "T-99999999") == nil)
      let contract = try #require(try store.contract(id: "K-1002"))
      #expect(try store.contracts(customerID: contract.customerID).contains(contract))
      #expect(try store.contract(id: "K-99999999") == nil)
      #expect(try store.contract(id: "C-1002") == nil)
      #expect(
        try store.customerOverview(customerID: "C-1001", conversations: 3)?.customer.id == "C-1001")
      #expect(try store.customerOverview(customerID: "C-999999", conversations: 3) == nil)
    }
  }

  @Test(arguments: StoreBackend.all)
  func changesReturnTheRecordsAsTheyAreNow(_ backend: StoreBackend) throws {
    try backend.with { store in
      let open = try store.orders(customerID: "C-1001", openOnly: true, limit: 5)
      let order = try #require(open.first { $0.status.isCancellable })
      #expect(try store.setOrderStatus(id: order.id, to: .cancelled)?.status == .cancelled)
      #expect(try store.order(id: order.id)?.status == .cancelled)
      #expect(try store.setOrderStatus(id: 99_999_999, to: .cancelled) == nil)
      let contact = try store.updateContact(
        customerID: "C-1001", email: "conformance@example.com", phone: nil)
      #expect(contact?.email == "conformance@example.com")
      #expect(try store.customer(id: "C-1001")?.email == "conformance@example.com")
      #expect(
        try store.updateContact(customerID: "C-999999", email: "x@example.com", phone: nil) == nil)
      let ticket = try store.createTicket(
        NewTicket(
          customerID: "C-1001", subject: "conformance", priority: .normal, team: "support",
          conversationID: nil), at: Fixtures.now)
      #expect(try store.ticket(id: ticket.id)?.subject == "conformance")
    }
  }

  @Test(arguments: StoreBackend.all)
  func aUnitOfWorkCommitsItsWritesTogetherAndItsReadsSeeThem(_ backend: StoreBackend) throws {
    try backend.with { store in
      let before = try messages(store).count
      try store.inUnit {
        let id = try start(store)
        try store.inUnit { try store.recordTurn(Fixtures.turn(id, "one", reply: "1")) }
        try store.recordTurn(Fixtures.turn(id, "two", reply: "2"))
        #expect(try messages(store).count == before + 4)
        try store.appendAudit(
          AuditEntry(
            at: Fixtures.now, actor: "mia", role: .agent, action: "customer.read",
            target: "C-1001", allowed: true, detail: "", customerID: "C-1001"))
        #expect(try store.auditLog(limit: 1).map(\.action) == ["customer.read"])
        try store.endConversation(id: id, outcome: .resolved, at: Fixtures.now)
      }
      #expect(try messages(store).count == before + 4)
      #expect(
        try store.recentConversations(customerID: "C-1001", limit: 1).first?.outcome == .resolved)
    }
  }

  @Test(arguments: StoreBackend.all)
  func aFailingWriteInAUnitUndoesOnlyItself(_ backend: StoreBackend) throws {
    try backend.with { store in
      let before = try messages(store).count
      try store.inUnit {
        let id = try start(store)
        try store.recordTurn(Fixtures.turn(id, "first", reply: "ok"))
        #expect(throws: StoreError.self) {
          try store.recordTurn(Fixtures.turn(99_999_999, "orphan", reply: "no conversation"))
        }
        try store.recordTurn(Fixtures.turn(id, "second", reply: "ok"))
      }
      let lines = try messages(store)
      #expect(lines.count == before + 4)
      #expect(lines.allSatisfy { !$0.contains("orphan") })
    }
  }

  @Test(arguments: StoreBackend.all)
  func aTurnOutsideAUnitIsCommittedAtOnce(_ backend: StoreBackend) throws {
    try backend.with { store in
      let before = try messages(store).count
      let id = try start(store)
      try store.recordTurn(Fixtures.turn(id, "alone", reply: "ok"))
      #expect(try messages(store).count == before + 2)
      #expect(throws: StoreError.self) {
        try store.endConversation(id: 99_999_999, outcome: .resolved, at: Fixtures.now)
      }
    }
  }

  /// Forgetting a customer erases their words and details and nobody else's; pruning removes
  /// the conversations started before the day with their messages.
  @Test(arguments: StoreBackend.all)
  func forgetAndPruneChangeTheSameRecordsOnEveryBackend(_ backend: StoreBackend) throws {
    try backend.with { store in
      let before = try messages(store).count
      let id = try start(store)
      try store.recordTurn(Fixtures.turn(id, "my email is hidden@example.net", reply: "ok"))
      let other = try store.startConversation(
        NewConversation(
          customerID: "C-1002", channel: .pipe, agent: nil, role: .customer,
          startedAt: Fixtures.now))
      try store.recordTurn(Fixtures.turn(other, "hello", reply: "hi"))
      let report = try #require(try store.forgetCustomer(id: "C-1001"))
      #expect(report.customerID == "C-1001")
      #expect(report.messages >= 2)
      #expect(try store.customer(id: "C-1001")?.name == "(forgotten)")
      #expect(try store.customer(id: "C-1002")?.name != "(forgotten)")
      let lines = try messages(store)
      #expect(!lines.contains { $0.contains("hidden@example.net") })
      #expect(lines.contains { $0.contains("\"hello\"") })
      #expect(try store.forgetCustomer(id: "C-99999999") == nil)

      let pruned = try store.prune(before: "2999-01-01")
      #expect(pruned.conversations >= 2)
      #expect(pruned.messages == before + 4)
      #expect(try messages(store).isEmpty)
    }
  }
}
