import Foundation
import Office
import PostgresNIO
import Testing

@testable import OfficePostgres

/// An order with its lines and shipment, and the customer 360, are each read in one statement
/// (``PostgresStore/jsonArrays(_:)``): they read what SQLite reads, on the first run and
/// prepared, and an id that is nobody's reads nothing.
@Suite(.serialized) struct LookupStatementsTests {
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

  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func lookupsOfNobodyReadNothing() throws {
    let (opened, remove) = try StoreBackend.postgres(try #require(StoreBackend.postgresServer))
      .open()
    defer { remove() }
    for _ in 1...3 {
      #expect(try opened.customerOverview(customerID: "C-999999", conversations: 5) == nil)
      #expect(try opened.order(id: 99_999_999) == nil)
    }
  }
}
