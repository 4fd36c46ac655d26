/// A service contract with a customer (legal).
public struct Contract: Sendable, Equatable, Codable {
  /// `K-1001`.
  public var id: String
  /// `C-1001`.
  public var customerID: String
  /// What the contract covers.
  public var title: String
  /// First day (`yyyy-MM-dd`).
  public var startOn: String
  /// Last day (`yyyy-MM-dd`).
  public var endOn: String
  /// Renewal terms in plain words.
  public var renewalTerms: String
  /// Whether it renews by itself at the end.
  public var autoRenew: Bool

  /// Creates a contract.
  public init(
    id: String, customerID: String, title: String, startOn: String, endOn: String,
    renewalTerms: String, autoRenew: Bool
  ) {
    self.id = id
    self.customerID = customerID
    self.title = title
    self.startOn = startOn
    self.endOn = endOn
    self.renewalTerms = renewalTerms
    self.autoRenew = autoRenew
  }
}
