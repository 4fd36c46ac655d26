/// A customer of the company (CRM).
public struct Customer: Sendable, Equatable, Codable {
  /// `C-1001`.
  public var id: String
  /// Full name.
  public var name: String
  /// Email address.
  public var email: String
  /// Preferred language (`en`, `ja`).
  public var language: String

  /// Creates a customer.
  public init(id: String, name: String, email: String, language: String) {
    self.id = id
    self.name = name
    self.email = email
    self.language = language
  }
}
