/// An amount of money in minor units (cents) with its ISO 4217 currency code.
public struct Money: Sendable, Equatable, Hashable, Codable {
  /// The amount in hundredths of the currency unit.
  public var cents: Int64
  /// `USD`, `JPY`, ...
  public var currency: String

  /// Creates an amount.
  public init(cents: Int64, currency: String) {
    self.cents = cents
    self.currency = currency
  }

  /// Zero in `currency`.
  public static func zero(_ currency: String) -> Money { Money(cents: 0, currency: currency) }

  /// The amount as text with its currency: `USD 1,234.50`, `JPY 1,250`.
  public var formatted: String {
    let negative = cents < 0
    let absolute = cents.magnitude
    let units = Self.grouped(absolute / 100)
    let body: String
    if currency == "JPY" {
      body = units
    } else {
      let fraction = absolute % 100
      body = units + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
    return currency + " " + (negative ? "-" : "") + body
  }

  private static func grouped(_ value: UInt64) -> String {
    let digits = Array(String(value))
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }
}
