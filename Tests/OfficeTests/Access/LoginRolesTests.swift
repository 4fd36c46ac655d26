import Office
import Testing

@Suite struct LoginRolesTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var granted: [Role]
    var owns: Bool
    var allowed: [Role]
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "agent only", granted: [.agent], owns: false, allowed: [.agent]),
    Case(id: "agent and hr", granted: [.hr, .agent], owns: false, allowed: [.agent, .hr]),
    Case(id: "admin takes every role", granted: [.admin], owns: false, allowed: Role.allCases),
    Case(id: "nothing granted, not the owner", granted: [], owns: false, allowed: []),
    Case(id: "nothing granted, the owner", granted: [], owns: true, allowed: Role.allCases),
    Case(
      id: "the owner capped by its grants", granted: [.finance], owns: true, allowed: [.finance]),
  ]

  @Test(arguments: cases)
  func rolesAllowed(_ example: Case) {
    let roles = LoginRoles(login: "clerk", granted: example.granted, ownsDatabase: example.owns)
    #expect(Role.allCases.filter(roles.allows) == example.allowed)
  }

  @Test func aRefusalNamesTheLoginTheRoleAndTheGrants() {
    let roles = LoginRoles(login: "clerk", granted: [.legal, .agent], ownsDatabase: false)
    #expect(roles.granted == [.agent, .legal])
    #expect(roles.refusal(.agent) == nil)
    #expect(
      roles.refusal(.hr) == "the login 'clerk' may not take the hr role (granted: agent, legal)")
  }

  @Test func aLoginWithoutRolesIsToldToAskForAGrant() {
    let roles = LoginRoles(login: "clerk", granted: [], ownsDatabase: false)
    #expect(
      roles.refusal(.agent)
        == "the login 'clerk' has no Switchboard role; an admin grants one with"
        + " `switchboard db grant clerk ROLE...`")
  }
}
