extension BackOffice {
  /// The roles that may add examples to the intent catalog from the console (admin always may).
  public static let teachingRoles: [Role] = [.agent]

  /// Nil when the session may teach the catalog (`/teach`, `/untaught`, `/backlog`); otherwise
  /// the roles that may, after auditing the refusal as `catalog.teach` of `intent`.
  public func teachingRefusal(intent: String) throws(StoreError) -> [Role]? {
    if AccessPolicy.allows(principal.role, requiring: Self.teachingRoles) { return nil }
    try audit(
      "catalog.teach", intent, allowed: false,
      "role \(principal.role.rawValue) may not teach the catalog")
    return AccessPolicy.roles(requiring: Self.teachingRoles)
  }

  /// Audits one change to the catalog: `line` added to (or, with `removed`, taken from) the
  /// examples of `intent` in `file`. The actor is the session's principal.
  public func auditTeaching(line: String, intent: String, file: String, removed: Bool = false)
    throws(StoreError)
  {
    try audit(
      removed ? "catalog.untaught" : "catalog.teach", intent, allowed: true,
      "\(removed ? "removed" : "added") '\(line)' in \(file)")
  }
}

extension BackOffice {
  /// Audits a decision on a group of the fallback backlog (`catalog.backlog`): its label, the
  /// state given, the intent (`oos` for out of scope) and how many lines it covers.
  public func auditBacklogDecision(label: String, state: BacklogState, intent: String?, lines: Int)
    throws(StoreError)
  {
    let given = state == .ignored ? "ignored" : "given to \(intent ?? "oos")"
    try audit("catalog.backlog", label, allowed: true, "\(given), \(lines) lines")
  }
}

extension AccessPolicy {
  /// The roles, in ``Role`` order, that meet a `required` list (admin always does).
  static func roles(requiring required: [Role]) -> [Role] {
    Role.allCases.filter { allows($0, requiring: required) }
  }
}
