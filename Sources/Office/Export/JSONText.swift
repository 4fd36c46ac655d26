/// Minimal JSON writing with a fixed key order, so exports and stored slots are byte-stable.
package enum JSONText {
  /// A JSON value as export and slot columns need them.
  enum Value: Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
  }

  /// `"text"` with JSON escapes.
  static func quoted(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// One JSON object with the keys in the given order.
  static func object(_ fields: [(String, Value)]) -> String {
    var result = "{"
    for (index, (key, value)) in fields.enumerated() {
      if index > 0 { result += "," }
      result += quoted(key) + ":" + text(value)
    }
    return result + "}"
  }

  /// A string-to-string object with keys sorted (slots).
  package static func object(_ dictionary: [String: String]) -> String {
    object(dictionary.keys.sorted().map { ($0, .string(dictionary[$0]!)) })
  }

  private static func text(_ value: Value) -> String {
    switch value {
    case .string(let string): return quoted(string)
    case .number(let number): return number
    case .bool(let bool): return bool ? "true" : "false"
    case .null: return "null"
    }
  }
}
