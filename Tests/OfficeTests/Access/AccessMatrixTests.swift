import Foundation
import Testing

@testable import Office

/// Every role against every back-office query and change: found (C-1001's records), not found
/// (records that do not exist) or forbidden.
@Suite struct AccessMatrixTests {
  enum Outcome: String, Sendable { case found, notFound, forbidden }

  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    /// Roles that may; every other role gets `forbidden`.
    let allowed: Set<Role>
    /// The question about a record of C-1001.
    let existing: @Sendable (BackOffice) throws -> Outcome
    /// The same question about a record that does not exist.
    let missing: @Sendable (BackOffice) throws -> Outcome
    var testDescription: String { name }
  }

  static func outcome<T>(_ result: OfficeResult<T>) -> Outcome {
    switch result {
    case .found: return .found
    case .notFound: return .notFound
    case .forbidden: return .forbidden
    }
  }

  static let everyone = Set(Role.allCases)

  static let cases: [Case] = [
    Case(
      name: "order", allowed: [.customer, .agent, .admin],
      existing: { outcome(try $0.order(id: 1_002)) },
      missing: { outcome(try $0.order(id: 999_999)) }),
    Case(
      name: "open orders", allowed: [.customer, .agent, .admin],
      existing: { outcome(try $0.openOrders(customerID: "C-1001")) },
      missing: { outcome(try $0.openOrders(customerID: "C-999999")) }),
    Case(
      name: "cancel order", allowed: [.customer, .agent, .admin],
      existing: { outcome(try $0.cancelOrder(id: 1_002)) },
      missing: { outcome(try $0.cancelOrder(id: 999_999)) }),
    Case(
      name: "product", allowed: everyone, existing: { outcome(try $0.product("wireless mouse")) },
      missing: { outcome(try $0.product("flux capacitor")) }),
    Case(
      name: "stock", allowed: everyone, existing: { outcome(try $0.stock(product: "P-1001")) },
      missing: { outcome(try $0.stock(product: "P-9999")) }),
    Case(
      name: "invoice", allowed: [.customer, .agent, .finance, .admin],
      existing: { outcome(try $0.invoice(id: "INV-1002")) },
      missing: { outcome(try $0.invoice(id: "INV-999999")) }),
    Case(
      name: "invoices", allowed: [.customer, .agent, .finance, .admin],
      existing: { outcome(try $0.invoices(customerID: "C-1001")) },
      missing: { outcome(try $0.invoices(customerID: "C-999999")) }),
    Case(
      name: "payments", allowed: [.customer, .finance, .admin],
      existing: { outcome(try $0.payments(invoiceID: "INV-1001")) },
      missing: { outcome(try $0.payments(invoiceID: "INV-999999")) }),
    Case(
      name: "refunds by customer", allowed: [.customer, .finance, .admin],
      existing: { outcome(try $0.refunds(customerID: "C-1001")) },
      missing: { outcome(try $0.refunds(customerID: "C-999999")) }),
    Case(
      name: "refunds by order", allowed: [.customer, .finance, .admin],
      existing: { outcome(try $0.refunds(orderID: 1_001)) },
      missing: { outcome(try $0.refunds(orderID: 999_999)) }),
    Case(
      name: "balance", allowed: [.customer, .agent, .finance, .admin],
      existing: { outcome(try $0.balance(customerID: "C-1001")) },
      missing: { outcome(try $0.balance(customerID: "C-999999")) }),
    Case(
      name: "update contact", allowed: [.customer, .agent, .admin],
      existing: { outcome(try $0.updateContact(customerID: "C-1001", phone: "+1-555-010-2030")) },
      missing: { outcome(try $0.updateContact(customerID: "C-999999", phone: "+1-555-010-2030")) }),
    Case(
      name: "leave balance", allowed: [.hr, .admin],
      existing: { outcome(try $0.leaveBalance(employee: "Sato")) },
      missing: { outcome(try $0.leaveBalance(employee: "Nobody")) }),
    Case(
      name: "password reset", allowed: everyone,
      existing: { office in
        outcome(
          try office.requestPasswordReset(
            account: office.principal.role == .customer ? nil : "ksato"))
      },
      missing: { office in
        let result = outcome(
          try office.requestPasswordReset(
            account: office.principal.role == .customer ? "C-999999" : "nobody"))
        // Only IT learns that an account does not exist; other staff get the same ticket for
        // any name, for IT to verify.
        let seesAccounts = [.customer, .it, .admin].contains(office.principal.role)
        return !seesAccounts && result == .found ? .notFound : result
      }),
    Case(
      name: "contracts", allowed: [.customer, .agent, .legal, .admin],
      existing: { outcome(try $0.contracts(customerID: "C-1001")) },
      missing: { outcome(try $0.contracts(customerID: "C-999999")) }),
    Case(
      name: "create lead", allowed: [.customer, .agent, .admin],
      existing: {
        outcome(
          try $0.createLead(NewLead(customerID: "C-1001", product: "Laser Printer", note: "quote")))
      },
      missing: { office in
        // A customer's lead is always their own; staff naming an unknown customer get not found.
        let customer = office.principal.role == .customer ? nil : "C-999999"
        let result = outcome(try office.createLead(NewLead(customerID: customer, note: "quote")))
        return office.principal.role == .customer && result == .found ? .notFound : result
      }),
    Case(
      name: "create ticket", allowed: everyone,
      existing: {
        outcome(
          try $0.createTicket(NewTicket(customerID: "C-1001", subject: "Call me", priority: .high)))
      },
      missing: { office in
        let result = outcome(
          try office.createTicket(NewTicket(customerID: "C-999999", subject: "Call me")))
        return office.principal.role == .customer && result == .found ? .notFound : result
      }),
    Case(
      name: "tickets", allowed: [.customer, .agent, .it, .admin],
      existing: { outcome(try $0.tickets(customerID: "C-1001")) },
      missing: { outcome(try $0.tickets(customerID: "C-999999")) }),
    Case(
      name: "customer", allowed: [.customer, .agent, .finance, .legal, .admin],
      existing: { outcome(try $0.customer(id: "C-1001")) },
      missing: { outcome(try $0.customer(id: "C-999999")) }),
    Case(
      name: "customer search", allowed: [.customer, .agent, .finance, .legal, .admin],
      existing: { outcome(try $0.searchCustomers(prefix: "Emily")) },
      missing: { office in
        let result = try office.searchCustomers(prefix: "Zzz")
        return result.value?.isEmpty == true ? .notFound : outcome(result)
      }),
    Case(
      name: "customer 360", allowed: [.customer, .agent, .admin],
      existing: { outcome(try $0.customer360(customerID: "C-1001")) },
      missing: { outcome(try $0.customer360(customerID: "C-999999")) }),
  ]

  @Test(arguments: cases, Role.allCases)
  func existingRecord(test: Case, role: Role) throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, role)
    let expected: Outcome = test.allowed.contains(role) ? .found : .forbidden
    #expect(try test.existing(office) == expected)
    let last = try #require(try store.auditLog(limit: 1).last)
    #expect(last.role == role)
    #expect(last.actor == office.principal.auditName)
    #expect(last.allowed == (expected == .found))
  }

  @Test(arguments: cases, Role.allCases)
  func missingRecord(test: Case, role: Role) throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, role)
    let expected: Outcome = test.allowed.contains(role) ? .notFound : .forbidden
    #expect(try test.missing(office) == expected)
    #expect(try store.auditLog(limit: 1).last?.role == role)
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
