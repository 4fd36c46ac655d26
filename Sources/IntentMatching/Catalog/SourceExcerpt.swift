/// The source line shown under a data-file error, with a caret under the column: cut to a window
/// around the caret when the line is long (a 2 MB line prints as 120 columns), and with control
/// characters made visible (see ``ControlCharacters``).
public struct SourceExcerpt: Sendable, Equatable {
  /// The widest excerpt shown, in Unicode scalars (without the `…` marks of a cut).
  public static let width = 120

  /// The text to print.
  public var text: String
  /// The 1-based column of the caret within ``text``.
  public var caretColumn: Int

  /// The excerpt of `line` for a caret at `column` (1-based, in Unicode scalars).
  public init(line: String, column: Int) {
    let scalars = Array(line.unicodeScalars)
    guard scalars.count > Self.width else {
      text = ControlCharacters.visible(line)
      caretColumn = max(1, column)
      return
    }
    let caret = min(max(1, column), scalars.count + 1)
    let start = max(0, min(caret - 1 - Self.width / 2, scalars.count - Self.width))
    let end = min(scalars.count, start + Self.width)
    var view = String.UnicodeScalarView()
    if start > 0 { view.append("…") }
    view.append(contentsOf: scalars[start..<end])
    if end < scalars.count { view.append("…") }
    text = ControlCharacters.visible(String(view))
    caretColumn = caret - start + (start > 0 ? 1 : 0)
  }

  /// `text` cut to `limit` Unicode scalars with a `…` mark, for names quoted in messages.
  public static func short(_ text: String, limit: Int = 80) -> String {
    guard text.unicodeScalars.count > limit else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…"
  }

  /// The excerpt and, under it, the caret.
  public var rendered: String {
    text + "\n" + String(repeating: " ", count: caretColumn - 1) + "^"
  }
}
