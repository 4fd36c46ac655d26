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

  /// Whether the UTF-8 bytes of a text may hold an unsafe character: a cheap test that spares
  /// the scalar scan for most lines (C1 controls start with 0xC2, the bidi controls with 0xE2).
  ///
  /// Every reply and echoed line passes here, so the bytes are scanned in place (a loop over the
  /// string's own buffer is about a third of the cost of iterating its `utf8` view).
  public static func mayHoldUnsafe(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayStartUnsafe) }
      ?? text.utf8.contains(where: mayStartUnsafe)
  }

  /// Whether a UTF-8 byte is, or may begin, an unsafe character.
  @inline(__always)
  private static func mayStartUnsafe(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09, 0x0A: false
    case 0x00..<0x20, 0x7F, 0xC2, 0xE2: true
    default: false
    }
  }

  /// `text` with each unsafe character shown as U+FFFD (one column, so a caret under the text
  /// stays in place).
  public static func visible(_ text: String) -> String {
    guard mayHoldUnsafe(text), text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  /// JSON text with each unsafe character that is still raw written as a `\uXXXX` escape. Only
  /// valid inside JSON string literals, where every non-ASCII character of JSON text is.
  public static func escapingInJSON(_ json: String) -> String {
    guard mayHoldUnsafe(json), json.unicodeScalars.contains(where: isUnsafe) else { return json }
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
