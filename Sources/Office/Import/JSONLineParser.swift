/// Reads one JSON Lines record: a flat JSON object whose values are strings, numbers, booleans
/// or null (an object or array is kept as its JSON text, as the messages' slots are exported).
package struct JSONLineParser {
  /// One field of the object, in the order written; `value` is nil for `null`.
  package struct Field: Equatable {
    package var name: String
    package var value: String?
  }

  private let bytes: [UInt8]
  private var index = 0
  /// The 1-based position of the field being read.
  private var position = 1

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The fields of the object on `line` (its bytes, without the line break).
  package static func parse(_ line: [UInt8]) throws(FieldProblem) -> [Field] {
    var parser = JSONLineParser(line)
    return try parser.object()
  }

  private mutating func object() throws(FieldProblem) -> [Field] {
    skipSpace()
    guard next() == UInt8(ascii: "{") else { throw failure("expected a JSON object") }
    var fields: [Field] = []
    skipSpace()
    if peek == UInt8(ascii: "}") {
      index += 1
      return try end(fields)
    }
    while true {
      skipSpace()
      guard peek == UInt8(ascii: "\"") else { throw failure("expected a field name in quotes") }
      index += 1
      let name = try string()
      skipSpace()
      guard next() == UInt8(ascii: ":") else { throw failure("expected ':' after \"\(name)\"") }
      skipSpace()
      fields.append(Field(name: name, value: try value()))
      skipSpace()
      switch next() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"): return try end(fields)
      default: throw failure("expected ',' or '}' after the value of \"\(name)\"")
      }
    }
  }

  private mutating func end(_ fields: [Field]) throws(FieldProblem) -> [Field] {
    skipSpace()
    guard index == bytes.count else { throw failure("text after the end of the object") }
    return fields
  }

  private mutating func value() throws(FieldProblem) -> String? {
    guard let first = peek else { throw failure("expected a value") }
    switch first {
    case UInt8(ascii: "\""):
      index += 1
      return try string()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      return try nested()
    default:
      let start = index
      while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"),
        !Self.isSpace(byte)
      {
        index += 1
      }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if text == "null" { return nil }
      guard text == "true" || text == "false" || Self.isNumber(text) else {
        throw failure("'\(text)' is not a JSON value")
      }
      return text
    }
  }

  /// An object or array, kept as its text.
  private mutating func nested() throws(FieldProblem) -> String {
    let start = index
    var depth = 0
    while let byte = next() {
      switch byte {
      case UInt8(ascii: "\""):
        _ = try string()
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return String(decoding: bytes[start..<index], as: UTF8.self) }
      default:
        break
      }
    }
    throw failure("an unterminated object or array")
  }

  /// The rest of a string whose opening quote was read.
  private mutating func string() throws(FieldProblem) -> String {
    var text: [UInt8] = []
    while let byte = next() {
      switch byte {
      case UInt8(ascii: "\""):
        guard let string = String(validating: text, as: UTF8.self) else {
          throw failure("text that is not UTF-8")
        }
        return string
      case UInt8(ascii: "\\"):
        guard let escape = next() else { break }
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "u"): text.append(contentsOf: try unicodeEscape())
        default: throw failure("an unknown escape '\\\(Character(Unicode.Scalar(escape)))'")
        }
      case 0..<0x20:
        throw failure("a control character inside a string")
      default:
        text.append(byte)
      }
    }
    throw failure("an unterminated string")
  }

  /// The UTF-8 bytes of `\uXXXX` (a surrogate pair is two escapes), the `\u` read.
  private mutating func unicodeEscape() throws(FieldProblem) -> [UInt8] {
    var value = try hex4()
    if (0xD800..<0xDC00).contains(value) {
      guard next() == UInt8(ascii: "\\"), next() == UInt8(ascii: "u") else {
        throw failure("a lone surrogate in a \\u escape")
      }
      let low = try hex4()
      guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone surrogate") }
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(value) else { throw failure("a lone surrogate") }
    return Array(String(Character(scalar)).utf8)
  }

  private mutating func hex4() throws(FieldProblem) -> UInt32 {
    guard index + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw failure("a \\u escape without four hex digits") }
    index += 4
    return value
  }

  private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func next() -> UInt8? {
    guard index < bytes.count else { return nil }
    defer { index += 1 }
    return bytes[index]
  }

  private mutating func skipSpace() {
    while let byte = peek, Self.isSpace(byte) { index += 1 }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Whether `text` is a JSON number.
  private static func isNumber(_ text: String) -> Bool {
    !text.isEmpty && Double(text) != nil
      && text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
  }

  private func failure(_ message: String) -> FieldProblem {
    FieldProblem(column: position, message: message)
  }
}
