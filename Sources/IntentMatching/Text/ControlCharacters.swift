/// The characters that must never reach a terminal as they are: C0 controls but tab and
/// newline, DEL, C1 controls (U+0080...U+009F, among them the one-byte CSI U+009B), and the
/// bidirectional embeddings, overrides and isolates (U+202A...U+202E, U+2066...U+2069) that make
/// a terminal show text in another order than it is.
///
/// One definition serves every output path: the console's sanitiser, error excerpts of data
/// files, and JSON output (which escapes them).
public enum ControlCharacters {
  /// Whether `scalar` must not be printed as it is.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Whether `scalar` separates words when it is taken out of typed text: NUL, carriage
  /// return, vertical tab, form feed and NEL (`order 10\0` `02` is two words, not `1002`).
  public static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00, 0x0B, 0x0C, 0x0D, 0x85: true
    default: false
    }
  }

  /// Whether `text` holds an unsafe character, read from its UTF-8 bytes in place: every reply
  /// and echoed line passes here, and decoding scalars costs several times a byte loop.
  public static func containsUnsafe(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(containsUnsafe(utf8:))
  }

  /// Whether UTF-8 `bytes` encode an unsafe character: C0 (but tab and newline) and DEL are one
  /// byte, C1 controls are 0xC2 0x80...0x9F, the bidirectional controls 0xE2 0x80 0xAA...0xAE
  /// and 0xE2 0x81 0xA6...0xA9.
  static func containsUnsafe(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    // Eight bytes at a time while all are printable ASCII (most replies are): a byte under 0x20
    // borrows when 0x20 is taken from it, DEL becomes zero when XORed with 0x7F, and every other
    // byte that could start an unsafe character has its high bit set.
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highBits = ones &* 0x80
      while index + 8 <= count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let delete = word ^ (ones &* 0x7F)
        let suspect = word | ((word &- ones &* 0x20) & ~word) | ((delete &- ones) & ~delete)
        if suspect & highBits != 0 { break }
        index += 8
      }
    }
    while index < count {
      let byte = bytes[index]
      switch byte {
      case 0x09, 0x0A: break
      case 0x00..<0x20, 0x7F: return true
      case 0xC2:
        if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
      case 0xE2:
        if index + 2 < count {
          let (second, third) = (bytes[index + 1], bytes[index + 2])
          if second == 0x80, (0xAA...0xAE).contains(third) { return true }
          if second == 0x81, (0xA6...0xA9).contains(third) { return true }
        }
      default: break
      }
      index += 1
    }
    return false
  }

  /// `text` with each unsafe character shown as U+FFFD (one column, so a caret under the text
  /// stays in place).
  public static func visible(_ text: String) -> String {
    guard containsUnsafe(text) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  /// JSON text with each unsafe character that is still raw written as a `\uXXXX` escape. Only
  /// valid inside JSON string literals, where every non-ASCII character of JSON text is.
  public static func escapingInJSON(_ json: String) -> String {
    guard containsUnsafe(json) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      guard isUnsafe(scalar) else {
        result.append(scalar)
        continue
      }
      let hex = String(scalar.value, radix: 16)
      let escape = "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      result.append(contentsOf: escape.unicodeScalars)
    }
    return String(result)
  }
}
