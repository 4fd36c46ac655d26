import Foundation
import Testing

@testable import Office

/// Teaching the catalog: agents and admins may, every other role is refused; both are audited.
@Suite struct TeachingAuditTests {
  @Test(arguments: Role.allCases)
  func onlyAgentsAndAdminsMayTeach(role: Role) throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, role, agent: "mia")
    let refusal = try office.teachingRefusal(intent: "business_hours")
    if role == .agent || role == .admin {
      #expect(refusal == nil)
      #expect(try store.auditLog(limit: 1).last?.action != "catalog.teach")
    } else {
      #expect(refusal == [.agent, .admin])
      let entry = try #require(try store.auditLog(limit: 1).last)
      #expect(entry.action == "catalog.teach")
      #expect(!entry.allowed)
      #expect(entry.role == role)
    }
  }

  @Test func aTeachingNamesWhoTheLineTheIntentAndTheFile() throws {
    let store = try Fixtures.seededStore()
    let office = Fixtures.office(store, .agent, agent: "mia")
    try office.auditTeaching(
      line: "is the desk staffed at lunch", intent: "business_hours", file: "intents/faq.yml")
    try office.auditTeaching(
      line: "is the desk staffed at lunch", intent: "business_hours", file: "intents/faq.yml",
      removed: true)
    let entries = try store.auditLog(limit: 2)
    #expect(entries.map(\.action).sorted() == ["catalog.teach", "catalog.untaught"])
    let taught = try #require(entries.first { $0.action == "catalog.teach" })
    #expect(taught.actor == "mia")
    #expect(taught.target == "business_hours")
    #expect(taught.allowed)
    #expect(taught.detail == "added 'is the desk staffed at lunch' in intents/faq.yml")
  }
}
