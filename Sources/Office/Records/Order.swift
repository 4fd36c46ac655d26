/// A customer's order with its lines and, once shipped, its shipment.
public struct Order: Sendable, Equatable, Codable {
  /// Where an order is in its life.
  public enum Status: String, Sendable, Codable, CaseIterable {
    case pending, processing, shipped, delivered, cancelled, returned

    /// Whether the order is still under way (pending, processing or shipped).
    public var isOpen: Bool { self == .pending || self == .processing || self == .shipped }

    /// Whether the order may still be cancelled (pending or processing).
    public var isCancellable: Bool { self == .pending || self == .processing }
  }

  /// Order number (from 1001).
  public var id: Int64
  /// `C-1001`.
  public var customerID: String
  /// Current status.
  public var status: Status
  /// Day the order was placed (`yyyy-MM-dd`).
  public var placedOn: String
  /// Sum of the lines.
  public var total: Money
  /// The lines, in order.
  public var lines: [OrderLine]
  /// The shipment, for shipped, delivered and returned orders.
  public var shipment: Shipment?

  /// Creates an order.
  public init(
    id: Int64, customerID: String, status: Status, placedOn: String, total: Money,
    lines: [OrderLine] = [], shipment: Shipment? = nil
  ) {
    self.id = id
    self.customerID = customerID
    self.status = status
    self.placedOn = placedOn
    self.total = total
    self.lines = lines
    self.shipment = shipment
  }
}

/// One line of an order.
public struct OrderLine: Sendable, Equatable, Codable {
  /// `P-1001`.
  public var productID: String
  /// Product name in English.
  public var productNameEN: String
  /// Product name in Japanese.
  public var productNameJA: String
  /// Units ordered.
  public var quantity: Int
  /// Price of one unit.
  public var unitPrice: Money

  /// Creates an order line.
  public init(
    productID: String, productNameEN: String, productNameJA: String, quantity: Int,
    unitPrice: Money
  ) {
    self.productID = productID
    self.productNameEN = productNameEN
    self.productNameJA = productNameJA
    self.quantity = quantity
    self.unitPrice = unitPrice
  }
}

/// The delivery of an order.
public struct Shipment: Sendable, Equatable, Codable {
  /// `Yamato`, `UPS`, ...
  public var carrier: String
  /// The carrier's tracking number.
  public var trackingNumber: String
  /// Day it left the warehouse (`yyyy-MM-dd`).
  public var shippedOn: String
  /// Day it is expected (`yyyy-MM-dd`).
  public var estimatedDelivery: String
  /// Day it arrived (`yyyy-MM-dd`), if it did.
  public var deliveredOn: String?

  /// Creates a shipment.
  public init(
    carrier: String, trackingNumber: String, shippedOn: String, estimatedDelivery: String,
    deliveredOn: String? = nil
  ) {
    self.carrier = carrier
    self.trackingNumber = trackingNumber
    self.shippedOn = shippedOn
    self.estimatedDelivery = estimatedDelivery
    self.deliveredOn = deliveredOn
  }
}
