import Foundation

/// Text formats shared by the matcher tooling commands.
public enum OutputFormat {
  /// A confidence with four decimals (`0.8731`).
  public static func number(_ value: Double) -> String {
    String(format: "%.4f", value.isFinite ? value : 0)
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
