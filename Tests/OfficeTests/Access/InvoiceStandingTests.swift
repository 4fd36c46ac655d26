import Foundation
import Testing

@testable import Office

/// Invoices are judged on the back office's reference day: an unpaid invoice whose due date has
/// passed is overdue in every read (one invoice, a list, the balance, the 360° view); without a
/// reference day statuses are as stored.
@Suite struct InvoiceStandingTests {
  /// C-1001's INV-1001 is stored unpaid, due 2026-11-03; INV-1003 is due 2026-11-27.
  private func office(on day: String?) throws -> BackOffice {
    let store = try Fixtures.seededStore()
    let principal = Principal(role: .customer, customerID: "C-1001", agent: nil)
    return BackOffice(
      store: store, principal: principal, clock: { Fixtures.now }, referenceDay: day)
  }

  @Test func anUnpaidInvoicePastItsDueDateIsOverdue() throws {
    let stored = try office(on: nil)
    #expect(try stored.invoice(id: "INV-1001").value?.status == .unpaid)
    let late = try office(on: "2026-11-04")
    #expect(try late.invoice(id: "INV-1001").value?.status == .overdue)
    #expect(try late.invoice(id: "INV-1003").value?.status == .unpaid)
    let onTheDay = try office(on: "2026-11-03")
    #expect(try onTheDay.invoice(id: "INV-1001").value?.status == .unpaid)
  }

  @Test func everyReadOfInvoicesAgrees() throws {
    let day = "2026-11-26"
    let late = try office(on: day)
    let invoices = try #require(try late.invoices().value)
    #expect(invoices.first { $0.id == "INV-1001" }?.status == .overdue)
    #expect(invoices.first { $0.id == "INV-1003" }?.status == .unpaid)
    #expect(!invoices.contains { $0.status == .overdue && $0.dueOn >= day })
    #expect(invoices.contains { $0.status == .paid })

    let balance = try #require(try late.balance().value)
    let overdue = balance.invoices.filter { $0.status == .overdue }
    #expect(balance.overdue.cents == overdue.reduce(0) { $0 + $1.amount.cents })
    #expect(overdue.map(\.id).contains("INV-1001"))
    let stored = try #require(try office(on: nil).balance().value)
    #expect(stored.totalDue == balance.totalDue)
    #expect(stored.overdue.cents < balance.overdue.cents)

    let view = try #require(try late.customer360().value)
    #expect(view.unpaidInvoices.first { $0.id == "INV-1001" }?.status == .overdue)
    #expect(view.totalDue == balance.totalDue)
  }

  @Test func aPaidInvoiceStaysPaid() {
    let invoice = Invoice(
      id: "INV-1", customerID: "C-1", orderID: nil, amount: Money(cents: 100, currency: "USD"),
      issuedOn: "2026-01-01", dueOn: "2026-01-31", status: .paid)
    #expect(invoice.standing(on: "2026-12-01").status == .paid)
  }
}
