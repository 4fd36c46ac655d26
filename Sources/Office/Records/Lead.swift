import Foundation

/// A sales opportunity, such as a request for a quote.
public struct Lead: Sendable, Equatable, Codable {
  /// `L-1001`.
  public var id: String
  /// `C-1001`, when an existing customer asked.
  public var customerID: String?
  /// `P-1001`, when a product was named.
  public var productID: String?
  /// Units asked about (0 when not said).
  public var quantity: Int
  /// Free text: what was asked.
  public var note: String
  /// `new`, `contacted`, `won`, `lost`.
  public var status: String
  /// When it was created.
  public var createdAt: Date

  /// Creates a lead.
  public init(
    id: String, customerID: String?, productID: String?, quantity: Int, note: String,
    status: String, createdAt: Date
  ) {
    self.id = id
    self.customerID = customerID
    self.productID = productID
    self.quantity = quantity
    self.note = note
    self.status = status
    self.createdAt = createdAt
  }
}

/// A lead about to be created.
public struct NewLead: Sendable, Equatable {
  /// `C-1001`, when an existing customer asks (filled in for the customer role).
  public var customerID: String?
  /// `P-1001` or a product name, if named.
  public var product: String?
  /// Units asked about (0 when not said).
  public var quantity: Int
  /// What was asked, in the customer's words.
  public var note: String

  /// Creates a new lead.
  public init(customerID: String? = nil, product: String? = nil, quantity: Int = 0, note: String) {
    self.customerID = customerID
    self.product = product
    self.quantity = quantity
    self.note = note
  }
}
