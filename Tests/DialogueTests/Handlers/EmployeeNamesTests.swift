import Office
import Testing

@testable import Dialogue

/// Names an HR question may give instead of an employee number.
@Suite struct EmployeeNamesTests {
  @Test(arguments: [
    ("how many leave days does Sato have?", ["Sato"]),
    ("What is Sato's leave balance", ["What", "Sato"]),
    ("佐藤さんの有給は何日残っていますか", ["佐藤"]),
    ("田中様と鈴木氏の休暇", ["田中", "鈴木"]),
    ("how many days do i have", []),
    ("E-1001の有給", []),
  ])
  func candidates(line: String, names: [String]) {
    #expect(EmployeeNames.candidates(in: line) == names)
  }
}

/// Only roles that may read employees have names looked up; others learn nothing from a name.
@Suite struct EmployeeNameAccessTests {
  @Test(arguments: [Role.agent, Role.finance, Role.customer])
  func otherRolesNeverHaveANameLookedUp(role: Role) throws {
    let engine = try TestEngine.make()
    let session = Session(
      settings: SessionSettings(
        role: role, customerID: role == .customer ? "C-1001" : nil, channel: .test,
        roleIsExplicit: true))
    let turn = try engine.respond(to: "how many leave days does Sato have?", in: session)
    #expect(!turn.reply.contains("Kenji"))
    #expect(turn.slots["employee"] == nil)
  }
}
