/// Removes terminal control sequences from text before it is printed.
///
/// Text that a user typed or piped is echoed in replies; an ESC or another C0/C1 control in it
/// could move the cursor, change colours or retitle the terminal. Newline and tab stay.
public enum TextSanitizer {
  /// `text` without ESC sequences and C0/C1 controls other than newline and tab.
  public static func clean(_ text: String) -> String {
    // Most lines have no byte that could start a control: C0 and DEL are single bytes, and C1
    // controls (U+0080...U+009F) are encoded as 0xC2 followed by 0x80...0x9F.
    var bytes = text
    let mayHaveControl = bytes.withUTF8 { buffer in
      buffer.contains { byte in
        switch byte {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F, 0xC2: true
        default: false
        }
      }
    }
    guard mayHaveControl, text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isControl(scalar) {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }
}
