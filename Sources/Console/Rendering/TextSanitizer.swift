import IntentMatching

/// Removes terminal control sequences from text before it is printed.
///
/// Text that a user typed or piped is echoed in replies; an ESC or another C0/C1 control in it
/// could move the cursor, change colours or retitle the terminal, and a bidirectional override
/// could show it in another order than it is (`/‮remotsuc`). The characters taken out are
/// ``ControlCharacters/isUnsafe(_:)``'s, the same for every output path. Newline and tab stay;
/// NUL, CR, VT, FF and NEL become a space, so that they still separate words
/// (`order 10\0` `02` is not `order 1002`).
public enum TextSanitizer {
  /// `text` without C0/C1 controls (other than newline and tab) and bidirectional controls.
  public static func clean(_ text: String) -> String {
    guard ControlCharacters.containsUnsafe(text) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if ControlCharacters.isSeparator(scalar) {
        scalars.append(" ")
      } else if !ControlCharacters.isUnsafe(scalar) {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
