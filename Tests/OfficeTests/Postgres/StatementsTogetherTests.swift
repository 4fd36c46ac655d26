import Foundation
import Office
import PostgresNIO
import Testing

@testable import OfficePostgres

/// Statements handed to the connection together (``PostgresStore/rows(together:)``) answer in
/// order, a failing one is thrown after the others ran, and the lookups built on them (an order,
/// the customer 360) read what SQLite reads, on the first run and prepared.
@Suite(.serialized) struct StatementsTogetherTests {
  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func statementsTogetherAnswerInOrderAndTheFirstFailureIsThrown() throws {
    let (opened, remove) = try StoreBackend.postgres(try #require(StoreBackend.postgresServer))
      .open()
    defer { remove() }
    let store = try #require(opened as? PostgresStore)
    let found = try store.rows(
      together: (1...5).map { Statement("SELECT $1::bigint AS n", [int(Int64($0))]) })
    #expect(try found.map { try Cells($0[0]).int("n") } == [1, 2, 3, 4, 5])
    #expect(throws: StoreError.self) {
      try store.rows(
        together: [
          Statement("SELECT 1 / $1::bigint AS n", [int(0)]),
          Statement(
            "INSERT INTO leads (quantity, note, status, created_at) VALUES (1, $1, 'new', '')"
              + " RETURNING id", [string("after the failure")]),
        ])
    }
    // Outside a transaction each statement stands alone: the one after the failure ran.
    let leads = try store.rows("SELECT 1 FROM leads WHERE note = 'after the failure'")
    #expect(leads.count == 1)
  }

  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func ordersAndTheCustomer360ReadAsOnSQLite() throws {
    let (opened, remove) = try StoreBackend.postgres(try #require(StoreBackend.postgresServer))
      .open()
    defer { remove() }
    let (sqlite, removeSQLite) = try StoreBackend.sqlite.open()
    defer { removeSQLite() }
    for store in [opened, sqlite] {
      let conversation = try store.startConversation(
        NewConversation(
          customerID: "C-1001", channel: .pipe, agent: "mia", role: .agent,
          startedAt: Fixtures.now))
      try store.recordTurn(Fixtures.turn(conversation, "where is my order?", reply: "shipped"))
      _ = try store.createTicket(
        NewTicket(
          customerID: "C-1001", subject: "late parcel", priority: .normal, team: "support",
          conversationID: conversation), at: Fixtures.now)
    }
    var compared = (orders: 0, lines: 0, shipments: 0, invoices: 0, contracts: 0)
    for run in 1...3 {
      for number in 1_001...1_060 {
        let id = "C-\(number)"
        let expected = try sqlite.customerOverview(customerID: id, conversations: 5)
        #expect(
          try opened.customerOverview(customerID: id, conversations: 5) == expected,
          "\(id), run \(run)")
        if run == 1, let expected {
          compared.orders += expected.openOrders.count
          compared.lines += expected.openOrders.map(\.lines.count).reduce(0, +)
          compared.shipments += expected.openOrders.filter { $0.shipment != nil }.count
          compared.invoices += expected.unpaidInvoices.count
          compared.contracts += expected.contracts.count
        }
      }
      for id in Int64(1_001)...1_080 {
        #expect(try opened.order(id: id) == sqlite.order(id: id), "order \(id), run \(run)")
      }
    }
    // The comparison covered every part of the view.
    #expect(compared.orders > 0 && compared.lines > 0 && compared.shipments > 0)
    #expect(compared.invoices > 0 && compared.contracts > 0)
    let first = try #require(try opened.customerOverview(customerID: "C-1001", conversations: 5))
    #expect(first.openTickets.contains { $0.subject == "late parcel" })
    #expect(first.recentConversations.first?.intents == ["order_status"])
  }
}
