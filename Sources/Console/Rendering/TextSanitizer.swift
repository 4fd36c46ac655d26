/// Removes terminal control sequences from text before it is printed.
///
/// Text that a user typed or piped is echoed in replies; an ESC or another C0/C1 control in it
/// could move the cursor, change colours or retitle the terminal. Newline and tab stay.
public enum TextSanitizer {
  /// `text` without ESC sequences and C0/C1 controls other than newline and tab.
  public static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
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
