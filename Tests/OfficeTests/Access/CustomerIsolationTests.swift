import Foundation
import Testing

@testable import Office

/// A customer asking about another customer's records gets exactly what a missing record gives,
/// and the attempt is audited as denied.
@Suite struct CustomerIsolationTests {
  struct Probe: Sendable, CustomTestStringConvertible {
    let name: String
    let action: String
    /// The question about C-1001's record, and the same question about a record that does not exist.
    let other: @Sendable (BackOffice) throws -> String
    let missing: @Sendable (BackOffice) throws -> String
    var testDescription: String { name }
  }

  static func text<T>(_ result: OfficeResult<T>) -> String { "\(result)" }

  static let probes: [Probe] = [
    Probe(
      name: "order", action: "order.read", other: { text(try $0.order(id: 1_002)) },
      missing: { text(try $0.order(id: 999_999)) }),
    Probe(
      name: "cancel", action: "order.cancel", other: { text(try $0.cancelOrder(id: 1_003)) },
      missing: { text(try $0.cancelOrder(id: 999_999)) }),
    Probe(
      name: "invoice", action: "invoice.read", other: { text(try $0.invoice(id: "INV-1002")) },
      missing: { text(try $0.invoice(id: "INV-999999")) }),
    Probe(
      name: "invoices", action: "invoices.list",
      other: { text(try $0.invoices(customerID: "C-1001")) },
      missing: { text(try $0.invoices(customerID: "C-999999")) }),
    Probe(
      name: "refunds", action: "refunds.order", other: { text(try $0.refunds(orderID: 1_001)) },
      missing: { text(try $0.refunds(orderID: 999_999)) }),
    Probe(
      name: "balance", action: "balance.read",
      other: { text(try $0.balance(customerID: "C-1001")) },
      missing: { text(try $0.balance(customerID: "C-999999")) }),
    Probe(
      name: "contracts", action: "contracts.list",
      other: { text(try $0.contracts(customerID: "C-1001")) },
      missing: { text(try $0.contracts(customerID: "C-999999")) }),
    Probe(
      name: "update contact", action: "customer.update_contact",
      other: { text(try $0.updateContact(customerID: "C-1001", email: "x@example.com")) },
      missing: { text(try $0.updateContact(customerID: "C-999999", email: "x@example.com")) }),
    Probe(
      name: "customer 360", action: "customer.360",
      other: { text(try $0.customer360(customerID: "C-1001")) },
      missing: { text(try $0.customer360(customerID: "C-999999")) }),
    Probe(
      name: "profile", action: "customer.read", other: { text(try $0.customer(id: "C-1001")) },
      missing: { text(try $0.customer(id: "C-999999")) }),
  ]

  @Test(arguments: probes)
  func otherCustomersRecordLooksMissing(probe: Probe) throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .customer, customer: "C-1002")
    let other = try probe.other(office)
    #expect(other == "notFound")
    let denied = try store.auditLog(limit: 100).filter { !$0.allowed }
    #expect(other == (try probe.missing(office)))
    #expect(denied.count == 1)
    #expect(denied.first?.action == probe.action)
    #expect(denied.first?.actor == "C-1002")
    #expect(denied.first?.customerID == "C-1002")
    #expect(denied.first?.role == .customer)
  }

  @Test func nothingChangedForTheOtherCustomer() throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .customer, customer: "C-1002")
    _ = try office.cancelOrder(id: 1_003)
    _ = try office.updateContact(customerID: "C-1001", email: "evil@example.com")
    #expect(try store.order(id: 1_003)?.status == .processing)
    #expect(try store.customer(id: "C-1001")?.email == "emily.carter@example.com")
  }

  @Test func searchFindsOnlyOneself() throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .customer, customer: "C-1002")
    #expect(try office.searchCustomers(prefix: "C-100").value?.map(\.id) == ["C-1002"])
  }
}
