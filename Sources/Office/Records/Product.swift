/// A product the company sells, named in English and Japanese.
public struct Product: Sendable, Equatable, Codable {
  /// `P-1001`.
  public var id: String
  /// English name.
  public var nameEN: String
  /// Japanese name.
  public var nameJA: String
  /// Unit price.
  public var price: Money

  /// Creates a product.
  public init(id: String, nameEN: String, nameJA: String, price: Money) {
    self.id = id
    self.nameEN = nameEN
    self.nameJA = nameJA
    self.price = price
  }

  /// The name in `language` (`ja` gives the Japanese name, anything else the English one).
  public func name(in language: String) -> String { language == "ja" ? nameJA : nameEN }
}

/// How many units of a product one warehouse holds.
public struct StockLevel: Sendable, Equatable, Codable {
  /// Warehouse name (`Tokyo`, `Osaka`, `Seattle`, ...).
  public var warehouse: String
  /// Units on hand.
  public var quantity: Int

  /// Creates a stock level.
  public init(warehouse: String, quantity: Int) {
    self.warehouse = warehouse
    self.quantity = quantity
  }
}

/// A product with its stock in every warehouse.
public struct ProductStock: Sendable, Equatable, Codable {
  /// The product.
  public var product: Product
  /// One entry per warehouse, by warehouse name.
  public var levels: [StockLevel]

  /// Creates a stock report.
  public init(product: Product, levels: [StockLevel]) {
    self.product = product
    self.levels = levels
  }

  /// Units on hand over all warehouses.
  public var total: Int { levels.reduce(0) { $0 + $1.quantity } }
}
