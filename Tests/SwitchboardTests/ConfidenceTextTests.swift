import IntentMatching
import Testing

@testable import switchboard

/// `classify` formats confidences itself; its text must be ``OutputFormat``'s to the byte.
struct ConfidenceTextTests {
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

  @Test func fourDecimalsAreThoseOfOutputFormat() {
    let different = Self.confidences.filter {
      ConfidenceText.fourDecimals($0) != OutputFormat.number($0)
    }
    #expect(different.isEmpty, "\(different.prefix(5))")
  }

  @Test(arguments: [-0.0, -1, 1.5, 0.1, .nan, .infinity, 1.0 / 3])
  func otherValuesAreLeftToOutputFormat(_ value: Double) {
    #expect(ConfidenceText.fourDecimals(value) == OutputFormat.number(value))
  }

  @Test(arguments: [false, true])
  func classificationIsThatOfOutputFormat(_ json: Bool) {
    let text = "say \"hi\"\\ to 注文\t"
    #expect(
      ConfidenceText.classification(text: text, intent: "greet", confidence: 0.8025, json: json)
        == OutputFormat.classification(text: text, intent: "greet", confidence: 0.8025, json: json))
  }
}
