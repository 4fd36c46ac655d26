import IntentMatching

/// A confidence as `classify` prints it, with four decimals: the text of
/// ``OutputFormat/number(_:)``, without its `String(format:)` (which took a fifth of the
/// command's time on a 5,500-line file).
enum ConfidenceText {
  /// `value` with four decimals, as `String(format: "%.4f", value)` writes it.
  ///
  /// A confidence is a `Float` probability: times 10,000 it needs at most 38 significant bits,
  /// so the product is exact in a `Double` and rounding it half to even rounds as `printf`
  /// does. Any other value is left to ``OutputFormat/number(_:)``.
  static func fourDecimals(_ value: Double) -> String {
    guard value.sign == .plus, value <= 1, Double(Float(value)) == value else {
      return OutputFormat.number(value)
    }
    let tenThousandths = Int((value * 10_000).rounded(.toNearestOrEven))
    let fraction = String(tenThousandths % 10_000)
    return String(tenThousandths / 10_000) + "."
      + String(repeating: "0", count: 4 - fraction.utf8.count) + fraction
  }

  /// `INTENT<TAB>CONFIDENCE`, or the JSON object `{"text","intent","confidence"}`: the text of
  /// ``OutputFormat/classification(text:intent:confidence:json:)``.
  static func classification(text: String, intent: String, confidence: Double, json: Bool)
    -> String
  {
    let number = fourDecimals(confidence)
    guard json else { return intent + "\t" + number }
    return
      "{\"text\":\(OutputFormat.quoted(text)),\"intent\":\(OutputFormat.quoted(intent)),"
      + "\"confidence\":\(number)}"
  }
}
