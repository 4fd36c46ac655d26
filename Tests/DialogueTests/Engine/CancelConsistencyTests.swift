import Dialogue
import Foundation
import Office
import TestSupport
import Testing

/// A business change flows to every record it touches: cancelling any of the demo company's
/// orders, as its owner, leaves the order, its invoice, the refunds, the balance, the 360° view
/// and the export in agreement; a refused cancel changes nothing.
@Suite struct CancelConsistencyTests {
  @Test func cancellingEveryDemoOrderKeepsTheBackOfficeConsistent() throws {
    let engine = try EngineFactory.engine()
    let store = engine.store
    var cancelled = 0
    for id in Int64(1_001)...2_000 {
      let before = try #require(try store.order(id: id))
      let invoiceBefore = try store.invoices(customerID: before.customerID).first {
        $0.orderID == id
      }
      let refundsBefore = try store.refunds(orderID: id)

      // Someone else's order reads as missing and nothing changes.
      let stranger = before.customerID == "C-1001" ? "C-1002" : "C-1001"
      let refused = try cancel(id, as: stranger, engine)
      #expect(refused == "I couldn't find order \(id).")
      #expect(try store.order(id: id) == before)

      _ = try cancel(id, as: before.customerID, engine)
      let after = try #require(try store.order(id: id))
      let invoiceAfter = try store.invoices(customerID: before.customerID).first {
        $0.orderID == id
      }
      let refundsAfter = try store.refunds(orderID: id)
      let office = engine.office(
        for: SessionSettings(role: .customer, customerID: before.customerID))
      let balance = try #require(try office.balance().value)
      let view = try #require(try office.customer360().value)

      switch before.status {
      case .pending, .processing:
        cancelled += 1
        #expect(after.status == .cancelled)
        switch invoiceBefore?.status {
        case .paid:
          #expect(invoiceAfter?.status == .paid)
          #expect(refundsAfter.count == refundsBefore.count + 1)
          #expect(refundsAfter.last?.amount == invoiceBefore?.amount)
          #expect(refundsAfter.last?.status == .approved)
        case .unpaid, .overdue:
          #expect(invoiceAfter?.status == .void)
          #expect(refundsAfter == refundsBefore)
        case .void, nil:
          #expect(invoiceAfter == invoiceBefore)
        }
      case .shipped, .delivered, .returned, .cancelled:
        #expect(after == before, "order \(id) changed though it could not be cancelled")
        #expect(invoiceAfter == invoiceBefore)
        #expect(refundsAfter == refundsBefore)
      }
      if let invoice = invoiceAfter {
        let owed = invoice.status.isDue
        #expect(balance.invoices.contains { $0.id == invoice.id } == owed, "\(invoice.id)")
        #expect(view.unpaidInvoices.contains { $0.id == invoice.id } == owed, "\(invoice.id)")
      }
      #expect(
        view.openOrders.contains { $0.id == id }
          == [.pending, .processing, .shipped].contains(after.status))
    }
    #expect(cancelled > 0)

    // The export says what the records say.
    var exported: [String: String] = [:]
    try store.export(.invoices, format: .jsonl) { line in
      guard let id = Self.field("id", line), let status = Self.field("status", line) else { return }
      exported[id] = status
    }
    for id in 1_001...2_000 {
      let invoice = "INV-\(id)"
      if let stored = try store.invoice(id: invoice) {
        #expect(exported[invoice] == stored.status.rawValue, "\(invoice)")
      }
    }
  }

  /// Asks to cancel order `id` as customer `customer` and answers yes when asked; returns the
  /// last reply.
  private func cancel(_ id: Int64, as customer: String, _ engine: DialogueEngine) throws -> String {
    let session = Session(
      settings: SessionSettings(role: .customer, customerID: customer, channel: .test))
    var turn = try engine.respond(to: "cancel order \(id)", in: session)
    if session.awaitingConfirmation { turn = try engine.respond(to: "yes", in: session) }
    try engine.endConversation(of: session)
    return turn.reply
  }

  private static func field(_ name: String, _ line: String) -> String? {
    guard let range = line.range(of: "\"\(name)\":\"") else { return nil }
    return String(line[range.upperBound...].prefix { $0 != "\"" })
  }
}
