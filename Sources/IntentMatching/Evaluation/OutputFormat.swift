import Foundation

/// Text formats shared by the matcher tooling commands.
public enum OutputFormat {
  /// A confidence with four decimals (`0.8731`), as `String(format: "%.4f")` writes it.
  public static func number(_ value: Double) -> String {
    probabilityText(value) ?? String(format: "%.4f", value.isFinite ? value : 0)
  }

  /// The four-decimal text of a `Float` probability (0...1) without `String(format:)`, which
  /// took a fifth of `classify`'s time on a 5,500-line file; nil for any other value. Times
  /// 10,000 such a value needs at most 38 significant bits, so the product is exact in a
  /// `Double` and rounding it half to even rounds as `printf` does.
  static func probabilityText(_ value: Double) -> String? {
    guard value.sign == .plus, value <= 1, Double(Float(value)) == value else { return nil }
    let tenThousandths = Int((value * 10_000).rounded(.toNearestOrEven))
    let fraction = String(tenThousandths % 10_000)
    return String(tenThousandths / 10_000) + "."
      + String(repeating: "0", count: 4 - fraction.utf8.count) + fraction
  }

  /// `INTENT<TAB>CONFIDENCE`, or the JSON object `{"text","intent","confidence"}`.
  public static func classification(
    text: String, intent: String, confidence: Double, json: Bool
  ) -> String {
    guard json else { return intent + "\t" + number(confidence) }
    return
      "{\"text\":\(quoted(text)),\"intent\":\(quoted(intent)),\"confidence\":\(number(confidence))}"
  }

  /// `text` as a JSON string literal.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
