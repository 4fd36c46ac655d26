/// A customer of the company (CRM).
public struct Customer: Sendable, Equatable, Codable {
  /// Service level of a customer.
  public enum Tier: String, Sendable, Codable, CaseIterable {
    case bronze, silver, gold
  }

  /// `C-1001`.
  public var id: String
  /// Full name.
  public var name: String
  /// Email address.
  public var email: String
  /// Preferred language (`en`, `ja`).
  public var language: String
  /// Phone number.
  public var phone: String
  /// Company the customer works for (empty for private customers).
  public var company: String
  /// Service level.
  public var tier: Tier

  /// Creates a customer.
  public init(
    id: String, name: String, email: String, language: String, phone: String = "",
    company: String = "", tier: Tier = .bronze
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.language = language
    self.phone = phone
    self.company = company
    self.tier = tier
  }
}
