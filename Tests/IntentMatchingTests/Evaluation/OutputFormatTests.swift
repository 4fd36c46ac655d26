import Foundation
import Testing

@testable import IntentMatching

/// ``OutputFormat/number(_:)`` formats probabilities itself; its text must be `printf`'s to the
/// byte.
struct OutputFormatTests {
  /// Float confidences near every rounding boundary of four decimals, ties included, and spread
  /// over 0...1.
  static let confidences: [Double] = {
    var values: [Float] = [0, 1, 0.5, 0.03125, 0.00005, 0.99995, 0.12345, 1e-30]
    for step in stride(from: 0, through: 20_000, by: 7) {
      let boundary = Float(step) / 20_000
      values += [boundary.nextDown, boundary, boundary.nextUp]
    }
    var state: UInt64 = 42
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.append(Float(state >> 40) / Float(1 << 24))
    }
    return values.filter { $0 >= 0 && $0 <= 1 }.map(Double.init)
  }()

  @Test func probabilitiesHaveTheFourDecimalsOfPrintf() {
    let different = Self.confidences.filter {
      OutputFormat.probabilityText($0) != String(format: "%.4f", $0)
    }
    #expect(different.isEmpty, "\(different.prefix(5))")
  }

  @Test(arguments: [-0.0, -1, 1.5, 0.1, .nan, .infinity, 1.0 / 3])
  func otherValuesAreLeftToPrintf(_ value: Double) {
    #expect(OutputFormat.probabilityText(value) == nil)
    #expect(OutputFormat.number(value) == String(format: "%.4f", value.isFinite ? value : 0))
  }
}
