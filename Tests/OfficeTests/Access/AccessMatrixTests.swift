import Foundation
import Testing

@testable import Office

/// Every role against every back-office query and change, on records of C-1001.
@Suite struct AccessMatrixTests {
  enum Outcome: String, Sendable { case found, notFound, forbidden }

  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    /// Roles that get `found`; every other role gets `forbidden`.
    let allowed: Set<Role>
    let run: @Sendable (BackOffice) throws -> Outcome
    var testDescription: String { name }
  }

  static func outcome<T>(_ result: OfficeResult<T>) -> Outcome {
    switch result {
    case .found: return .found
    case .notFound: return .notFound
    case .forbidden: return .forbidden
    }
  }

  static let cases: [Case] = [
    Case(name: "order", allowed: [.customer, .agent, .admin]) { outcome(try $0.order(id: 1_002)) },
    Case(name: "open orders", allowed: [.customer, .agent, .admin]) {
      outcome(try $0.openOrders(customerID: "C-1001"))
    },
    Case(name: "cancel order", allowed: [.customer, .agent, .admin]) {
      outcome(try $0.cancelOrder(id: 1_002))
    },
    Case(name: "product", allowed: Set(Role.allCases)) {
      outcome(try $0.product("wireless mouse"))
    },
    Case(name: "stock", allowed: Set(Role.allCases)) { outcome(try $0.stock(product: "P-1001")) },
    Case(name: "invoice", allowed: [.customer, .agent, .finance, .admin]) {
      outcome(try $0.invoice(id: "INV-1002"))
    },
    Case(name: "invoices", allowed: [.customer, .agent, .finance, .admin]) {
      outcome(try $0.invoices(customerID: "C-1001"))
    },
    Case(name: "payments", allowed: [.customer, .finance, .admin]) {
      outcome(try $0.payments(invoiceID: "INV-1001"))
    },
    Case(name: "refunds by customer", allowed: [.customer, .finance, .admin]) {
      outcome(try $0.refunds(customerID: "C-1001"))
    },
    Case(name: "refunds by order", allowed: [.customer, .finance, .admin]) {
      outcome(try $0.refunds(orderID: 1_001))
    },
    Case(name: "balance", allowed: [.customer, .agent, .finance, .admin]) {
      outcome(try $0.balance(customerID: "C-1001"))
    },
    Case(name: "update contact", allowed: [.customer, .agent, .admin]) {
      outcome(try $0.updateContact(customerID: "C-1001", phone: "+1-555-010-2030"))
    },
    Case(name: "leave balance", allowed: [.hr, .admin]) {
      outcome(try $0.leaveBalance(employee: "Sato"))
    },
    Case(name: "password reset", allowed: Set(Role.allCases)) { office in
      outcome(
        try office.requestPasswordReset(account: office.principal.role == .customer ? nil : "ksato")
      )
    },
    Case(name: "contracts", allowed: [.customer, .agent, .legal, .admin]) {
      outcome(try $0.contracts(customerID: "C-1001"))
    },
    Case(name: "create lead", allowed: [.customer, .agent, .admin]) {
      outcome(
        try $0.createLead(
          NewLead(customerID: "C-1001", product: "Laser Printer", quantity: 20, note: "quote")))
    },
    Case(name: "create ticket", allowed: Set(Role.allCases)) {
      outcome(
        try $0.createTicket(NewTicket(customerID: "C-1001", subject: "Call me", priority: .high)))
    },
    Case(name: "tickets", allowed: [.customer, .agent, .it, .admin]) {
      outcome(try $0.tickets(customerID: "C-1001"))
    },
    Case(name: "customer", allowed: [.customer, .agent, .finance, .legal, .admin]) {
      outcome(try $0.customer(id: "C-1001"))
    },
    Case(name: "customer search", allowed: [.customer, .agent, .finance, .legal, .admin]) {
      outcome(try $0.searchCustomers(prefix: "Emily"))
    },
    Case(name: "customer 360", allowed: [.customer, .agent, .admin]) {
      outcome(try $0.customer360(customerID: "C-1001"))
    },
  ]

  @Test(arguments: cases, Role.allCases)
  func roleGetsExpectedOutcome(test: Case, role: Role) throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, role)
    let expected: Outcome = test.allowed.contains(role) ? .found : .forbidden
    #expect(try test.run(office) == expected)
    let last = try #require(try store.auditLog(limit: 1).last)
    #expect(last.role == role)
    #expect(last.actor == office.principal.auditName)
    #expect(last.allowed == (expected == .found))
  }

  @Test func forbiddenNamesTheRolesThatMay() throws {
    let store = try Fixtures.seededStore()
    let result = try Fixtures.office(store, .agent).leaveBalance(employee: "Sato")
    #expect(result == .forbidden(required: [.hr, .admin]))
  }

  @Test func policyIsTheMatrix() {
    for resource in AccessResource.allCases {
      for operation in AccessOperation.allCases {
        #expect(AccessPolicy.allows(.admin, operation, resource))
        for role in Role.allCases where role != .admin {
          let listed = AccessPolicy.matrix[resource]?[operation]?.contains(role) ?? false
          #expect(AccessPolicy.allows(role, operation, resource) == listed)
        }
      }
    }
    #expect(!AccessPolicy.allows(.agent, .read, .employees))
    #expect(!AccessPolicy.allows(.customer, .read, .employees))
  }
}
