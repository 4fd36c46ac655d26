import Foundation

/// Adds or removes one example line in an intent file's text, leaving every other byte as
/// written (comments, order, quoting, blank lines): `/teach` and `/untaught` edit files this way
/// instead of writing the parsed catalog back.
///
/// An example is added after the last example of its language in the same list, with the same
/// indentation. When the list is a language map (`en:` / `ja:`) without a section for the
/// language, a section is added after the last one.
public enum ExampleInserter {
  /// One edit of a file: its new text and the lines added.
  public struct Edit: Sendable, Equatable {
    /// The file's whole new text.
    public var text: String
    /// 1-based number of the first added line in the new text.
    public var line: Int
    /// The added lines as written (a language key, then the example; or the example alone).
    public var lines: [String]
  }

  /// `text` (the file at `path`) with `example` added after the last of `siblings`, the examples
  /// of the same list in that file (an intent's examples, or the file's out-of-scope examples).
  public static func inserting(
    _ example: String, language: Language, after siblings: [Example], text: String, path: String
  ) throws(CatalogError) -> Edit {
    let example = example.trimmed
    guard !example.isEmpty, !example.contains(where: \.isNewline) else {
      throw CatalogError(
        location: SourceLocation(path: path, line: 1, column: 1),
        message: "an example must be one non-empty line", sourceLine: nil)
    }
    let inFile = siblings.filter { $0.location.path == path }
    guard let last = inFile.max(by: { $0.location.line < $1.location.line }) else {
      throw CatalogError(
        location: SourceLocation(path: path, line: 1, column: 1),
        message: "no example to add after in this file", sourceLine: nil)
    }
    var lines = text.components(separatedBy: "\n")
    let sameLanguage = inFile.filter { $0.language == language }
    let anchor = sameLanguage.max(by: { $0.location.line < $1.location.line })
    let anchorLine = (anchor ?? last).location.line
    guard anchorLine >= 1, anchorLine <= lines.count,
      let dash = itemPrefix(lines[anchorLine - 1])
    else {
      let line = anchorLine >= 1 && anchorLine <= lines.count ? lines[anchorLine - 1] : nil
      throw CatalogError(
        location: (anchor ?? last).location,
        message: "examples are not written one per line ('- text'); add this one by hand",
        sourceLine: line)
    }
    let ending = lines[anchorLine - 1].hasSuffix("\r") ? "\r" : ""
    let end = endOfItem(at: anchorLine, dashIndent: dash.count - 2, in: lines)
    var added = [dash + scalar(example) + ending]
    if anchor == nil, let key = languageKey(above: anchorLine, dashIndent: dash.count - 2, lines) {
      added.insert(key.indent + language.rawValue + ":" + ending, at: 0)
    }
    lines.insert(contentsOf: added, at: end)
    return Edit(text: lines.joined(separator: "\n"), line: end + 1, lines: added)
  }

  /// `text` without the lines `edit` added, provided they still stand at `line` as written;
  /// throws when the file changed there since.
  public static func removing(_ lines: [String], at line: Int, from text: String, path: String)
    throws(CatalogError) -> String
  {
    var all = text.components(separatedBy: "\n")
    var range = (line - 1)..<(line - 1 + lines.count)
    if line < 1 || range.upperBound > all.count || Array(all[range]) != lines {
      // Lines added above since: the block counts when it stands exactly once in the file.
      let starts = all.indices.filter { start in
        start + lines.count <= all.count && Array(all[start..<start + lines.count]) == lines
      }
      if starts.count == 1 { range = starts[0]..<(starts[0] + lines.count) }
    }
    guard range.lowerBound >= 0, range.upperBound <= all.count, Array(all[range]) == lines else {
      throw CatalogError(
        location: SourceLocation(path: path, line: max(line, 1), column: 1),
        message: "the taught example is no longer on this line; remove it by hand",
        sourceLine: line >= 1 && line <= all.count ? all[line - 1] : nil)
    }
    all.removeSubrange(range)
    return all.joined(separator: "\n")
  }

  /// The whitespace and `- ` that start a block sequence item on `line`, if it is one.
  static func itemPrefix(_ line: String) -> String? {
    let indent = line.prefix { $0 == " " }
    let rest = line.dropFirst(indent.count)
    guard rest.hasPrefix("- ") else { return nil }
    let afterDash = rest.dropFirst(2)
    let gap = afterDash.prefix { $0 == " " }
    guard !afterDash.dropFirst(gap.count).hasPrefix("["),
      !afterDash.dropFirst(gap.count).hasPrefix("{")
    else { return nil }
    return String(indent) + "- " + gap
  }

  /// The 0-based index after the item starting on 1-based `line`: continuation lines (more
  /// indented than its dash) belong to it; blank lines and comments end it.
  static func endOfItem(at line: Int, dashIndent: Int, in lines: [String]) -> Int {
    var index = line
    while index < lines.count {
      let candidate = lines[index]
      let indent = candidate.prefix { $0 == " " }.count
      let body = candidate.dropFirst(indent).trimmingCharacters(in: .whitespaces)
      guard !body.isEmpty, !body.hasPrefix("#"), indent > dashIndent else { break }
      index += 1
    }
    return index
  }

  /// The `en:`/`ja:` key heading the list around 1-based `line`, if the list is a language map.
  static func languageKey(above line: Int, dashIndent: Int, _ lines: [String])
    -> (indent: String, language: Language)?
  {
    var index = line - 2
    while index >= 0 {
      let candidate = lines[index]
      let indent = candidate.prefix { $0 == " " }
      let body = candidate.dropFirst(indent.count).trimmingCharacters(in: .whitespaces)
      if body.isEmpty || body.hasPrefix("#") || indent.count > dashIndent
        || (indent.count == dashIndent && body.hasPrefix("- "))
      {
        index -= 1
        continue
      }
      let key = body.hasSuffix(":") ? String(body.dropLast()) : ""
      guard let language = Language(rawValue: key) else { return nil }
      return (String(indent), language)
    }
    return nil
  }

  /// `text` as a YAML scalar: plain when YAML reads it back as the same string, else quoted.
  static func scalar(_ text: String) -> String {
    plainIsSafe(text) ? text : OutputFormat.quoted(text)
  }

  /// Whether `text` written plain reads back as that string.
  static func plainIsSafe(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
    if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return false
    }
    let lowered = text.lowercased()
    let special: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
    if special.contains(lowered) || Double(text) != nil || Int(text) != nil { return false }
    return text == text.trimmed
  }
}
