/// Who is asking the back office: the session's role, the customer it speaks as and the agent
/// typing.
public struct Principal: Sendable, Equatable {
  /// The role of the session.
  public var role: Role
  /// The customer the session speaks as (`C-1001`); for the customer role, the only customer whose
  /// records it sees.
  public var customerID: String?
  /// Who is typing, if known.
  public var agent: String?

  /// Creates a principal. The customer id is normalised (`c1001` → `C-1001`).
  public init(role: Role, customerID: String? = nil, agent: String? = nil) {
    self.role = role
    self.customerID = customerID.map { id in
      RecordID.customer.parse(id).map(RecordID.customer.format) ?? id
    }
    self.agent = agent
  }

  /// The name written to the audit log: the agent, else the customer id, else `-`.
  public var auditName: String { agent ?? customerID ?? "-" }
}
