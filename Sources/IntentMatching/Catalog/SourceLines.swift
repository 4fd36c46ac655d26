/// The lines of a data file as the YAML parser counts them, so that a line number from a parser
/// mark always names the line it was found on.
///
/// libyaml ends a line at `\r\n`, `\r` alone (old Mac files), `\n`, NEL (U+0085), LINE SEPARATOR
/// (U+2028) and PARAGRAPH SEPARATOR (U+2029); splitting at `\n` only would make a file such as
/// `"\r\ra: 1\ra: 2\n"` one line long while the parser speaks of line 3.
public enum SourceLines {
  /// The lines of `text`, without their line breaks; a text ending with a break has an empty
  /// last line, as the parser's marks can point there.
  public static func split(_ text: String) -> [Substring] {
    let scalars = text.unicodeScalars
    var lines: [Substring] = []
    var start = scalars.startIndex
    var index = start
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard isBreak(scalar) else {
        index = scalars.index(after: index)
        continue
      }
      lines.append(Substring(scalars[start..<index]))
      index = scalars.index(after: index)
      if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
        index = scalars.index(after: index)
      }
      start = index
    }
    lines.append(Substring(scalars[start..<scalars.endIndex]))
    return lines
  }

  /// Whether the YAML parser ends a line at `scalar`.
  public static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// The 1-based line and column (in Unicode scalars) of the character at `offset` (counted in
  /// characters, as Yams reports a reader error) in `text`, counted as the YAML parser counts
  /// them; `nil` when the offset is outside the text.
  public static func position(ofCharacterOffset offset: Int, in text: String) -> (
    line: Int, column: Int
  )? {
    guard offset >= 0,
      let end = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex)
    else { return nil }
    var line = 1
    var column = 1
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars[..<end] {
      if isBreak(scalar) {
        if !(scalar == "\n" && previous == "\r") { line += 1 }
        column = 1
      } else {
        column += 1
      }
      previous = scalar
    }
    return (line, column)
  }
}
