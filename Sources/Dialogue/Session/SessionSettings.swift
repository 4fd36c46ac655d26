import Office

/// Who a session speaks as and where: role, customer, agent name and channel.
public struct SessionSettings: Sendable, Equatable {
  /// The role deciding what the session may see.
  public var role: Role
  /// The customer the session speaks as (role customer) or on behalf of.
  public var customerID: String?
  /// Who is typing.
  public var agent: String?
  /// Where the conversation happens.
  public var channel: Channel
  /// Whether the role was chosen explicitly (then `/as` keeps it).
  public var roleIsExplicit: Bool

  /// Creates settings.
  public init(
    role: Role = .agent, customerID: String? = nil, agent: String? = nil,
    channel: Channel = .console, roleIsExplicit: Bool = false
  ) {
    self.role = role
    self.customerID = customerID
    self.agent = agent
    self.channel = channel
    self.roleIsExplicit = roleIsExplicit
  }

  /// The speaker logged for the user's lines: `customer` for the customer role, else `agent`.
  public var speaker: String { role == .customer ? "customer" : "agent" }
}
