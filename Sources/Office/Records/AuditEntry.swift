import Foundation

/// One line of the audit log: who tried what on which record, and whether it was allowed.
public struct AuditEntry: Sendable, Equatable, Codable {
  /// When.
  public var at: Date
  /// Who: the agent's name, else the customer id, else `-`.
  public var actor: String
  /// The role of the session.
  public var role: Role
  /// What was tried (`order.read`, `order.cancel`, `customer.update_contact`, ...).
  public var action: String
  /// The record (`1002`, `C-1001`, `INV-1001`, a search text).
  public var target: String
  /// Whether the policy allowed it.
  public var allowed: Bool
  /// Extra detail (the change made, the reason refused).
  public var detail: String
  /// The customer the session speaks as or for, if any.
  public var customerID: String?

  /// Creates an audit entry.
  public init(
    at: Date, actor: String, role: Role, action: String, target: String, allowed: Bool,
    detail: String = "", customerID: String? = nil
  ) {
    self.customerID = customerID
    self.at = at
    self.actor = actor
    self.role = role
    self.action = action
    self.target = target
    self.allowed = allowed
    self.detail = detail
  }
}
