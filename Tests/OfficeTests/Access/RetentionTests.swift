import Foundation
import Testing

@testable import Office

/// Forgetting a customer and pruning the log: admin only, audited, and the accounts still add up.
@Suite struct RetentionTests {
  @Test(arguments: Role.allCases)
  func onlyAdminMayForgetOrPrune(role: Role) throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, role)
    let forget = try office.forgetCustomer(id: "C-1002")
    let prune = try office.prune(before: "2026-01-01")
    if role == .admin {
      #expect(forget.value?.customerID == "C-1002")
      #expect(prune.value == PruneReport(before: "2026-01-01", conversations: 0, messages: 0))
    } else {
      #expect(forget == .forbidden(required: [.admin]))
      #expect(prune == .forbidden(required: [.admin]))
      #expect(try store.customer(id: "C-1002")?.name == "山田 太郎")
    }
    #expect(try store.auditLog(limit: 1).last?.role == role)
  }

  @Test func forgetKeepsIdsOrdersAndOtherCustomers() throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .admin)
    let conversation = try store.startConversation(
      NewConversation(
        customerID: "C-1002", channel: .console, agent: nil, role: .customer,
        startedAt: Fixtures.now))
    try store.recordTurn(
      Fixtures.turn(conversation, "write to me at secret@example.org", reply: "noted"))
    let other = try store.customer(id: "C-1001")
    let orders = try store.orders(customerID: "C-1002", openOnly: false, limit: 1_000)
    let report = try #require(try office.forgetCustomer(id: "c1002").value)
    #expect(report.messages == 2)
    let forgotten = try #require(try store.customer(id: "C-1002"))
    #expect(forgotten.name == "(forgotten)")
    #expect(forgotten.phone.isEmpty && forgotten.company.isEmpty)
    #expect(forgotten.email == "forgotten-1002@invalid.invalid")
    #expect(try store.customer(id: "C-1001") == other)
    #expect(try store.orders(customerID: "C-1002", openOnly: false, limit: 1_000) == orders)
    let messages = try Fixtures.lines(store, .messages)
    #expect(messages.count == 2)
    #expect(!messages.contains { $0.contains("secret@example.org") })
    #expect(try office.forgetCustomer(id: "C-99999") == .notFound)
  }
}
