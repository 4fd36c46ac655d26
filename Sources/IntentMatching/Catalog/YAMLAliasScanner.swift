/// Finds YAML anchors (`&name`) and aliases (`*name`) in a data file before it is parsed.
///
/// Data files (intent files, `rules.yml`) take neither: an alias used as a mapping key makes the
/// YAML library expand it to look for duplicate keys, so a few hundred bytes nesting aliases
/// nine levels deep ("billion laughs") cost minutes. Refusing them before parsing keeps every
/// file linear to read.
///
/// The scan follows YAML's lexical structure far enough to know where a node may start (line
/// starts, after `- `, `? `, `: `, `[`, `{` and `,`, after a tag) and to skip what cannot hold
/// one (comments, quoted scalars, block scalars). It errs on the side of refusing: a `*` or `&`
/// that starts a continuation line of a multi-line plain scalar is reported, and quoting the
/// text avoids it.
public enum YAMLAliasScanner {
  /// An anchor or alias found in a file.
  public struct Finding: Sendable, Equatable {
    /// `&` for an anchor, `*` for an alias.
    public var indicator: Character
    /// The anchor's or alias's name.
    public var name: String
    /// 1-based line, as the YAML parser counts lines (see ``SourceLines``).
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// `anchor '&name'` or `alias '*name'`.
    public var description: String {
      (indicator == "&" ? "anchor '&" : "alias '*") + name + "'"
    }
  }

  /// The first anchor or alias of `text`, or `nil` when it has none.
  public static func first(in text: String) -> Finding? {
    // Most files hold neither indicator at all.
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x2A }) else { return nil }
    var scanner = Scanner(Array(text.unicodeScalars))
    return scanner.run()
  }

  private struct Scanner {
    let text: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    var flowDepth = 0
    /// Whether a node (and so an anchor or alias) may start at the current position.
    var atNodeStart = true
    /// The 0-based column of the line's last key, `-` or `?`: a block scalar after it holds the
    /// lines indented further (never fewer lines than YAML gives it, so no alias is skipped).
    var lastTokenColumn = 0

    init(_ text: [Unicode.Scalar]) {
      self.text = text
      // A byte order mark is not part of the first line's content.
      if text.first == "\u{FEFF}" { index = 1 }
    }

    mutating func run() -> Finding? {
      var lineIndent = 0
      var blockScalar: BlockScalar?
      var atLineStart = true
      while index < text.count {
        if atLineStart {
          atLineStart = false
          let indent = spaces(from: index)
          if var block = blockScalar {
            if block.continues(indent: indent, blank: isBlank(from: index + indent)) {
              blockScalar = block
              skipToBreak()
              atLineStart = consumeBreak()
              continue
            }
            blockScalar = nil
          }
          lineIndent = indent
          lastTokenColumn = indent
          advance(by: indent)
          atNodeStart = true
          if indent == 0, skipsDocumentMarkerOrDirective() {
            atLineStart = consumeBreak()
            continue
          }
        }
        guard index < text.count else { break }
        let scalar = text[index]
        if SourceLines.isBreak(scalar) {
          atLineStart = consumeBreak()
          continue
        }
        if scalar == " " || scalar == "\t" {
          advance(by: 1)
          continue
        }
        if scalar == "#",
          index == 0 || isBlank(text[index - 1]) || SourceLines.isBreak(text[index - 1])
        {
          skipToBreak()
          continue
        }
        if atNodeStart {
          if let finding = nodeStart(scalar, lineIndent: lineIndent, blockScalar: &blockScalar) {
            return finding
          }
        } else {
          insideNode(scalar)
        }
      }
      return nil
    }

    /// Reads what starts a node; returns an anchor or alias found there.
    private mutating func nodeStart(
      _ scalar: Unicode.Scalar, lineIndent: Int, blockScalar: inout BlockScalar?
    ) -> Finding? {
      switch scalar {
      case "&", "*":
        let name = self.name(from: index + 1)
        if !name.isEmpty {
          return Finding(indicator: Character(scalar), name: name, line: line, column: column)
        }
        atNodeStart = false
        advance(by: 1)
      case "!":
        // A tag: the node's content (or an anchor) follows it.
        while index < text.count, !isBlank(text[index]), !SourceLines.isBreak(text[index]) {
          advance(by: 1)
        }
      case "-", "?", ":":
        let next = index + 1 < text.count ? text[index + 1] : " "
        let isIndicator =
          isBlank(next) || SourceLines.isBreak(next) || (flowDepth > 0 && scalar != "-")
        atNodeStart = isIndicator
        lastTokenColumn = column - 1
        advance(by: 1)
      case "\"", "'":
        lastTokenColumn = column - 1
        skipQuoted(scalar)
        atNodeStart = false
      case "[", "{":
        flowDepth += 1
        advance(by: 1)
      case "]", "}":
        flowDepth = max(0, flowDepth - 1)
        atNodeStart = false
        advance(by: 1)
      case ",":
        advance(by: 1)
      case "|", ">":
        if flowDepth == 0 {
          blockScalar = BlockScalar(parentIndent: max(lineIndent, lastTokenColumn))
          skipToBreak()
        } else {
          atNodeStart = false
          advance(by: 1)
        }
      default:
        // A plain scalar begins.
        lastTokenColumn = column - 1
        atNodeStart = false
        advance(by: 1)
      }
      return nil
    }

    /// Reads one scalar inside a plain scalar or after a node: indicators that end it make the
    /// next position a node start again.
    private mutating func insideNode(_ scalar: Unicode.Scalar) {
      switch scalar {
      case ":":
        let next = index + 1 < text.count ? text[index + 1] : " "
        if isBlank(next) || SourceLines.isBreak(next) || flowDepth > 0 { atNodeStart = true }
      case "," where flowDepth > 0:
        atNodeStart = true
      case "[", "{":
        if flowDepth > 0 {
          flowDepth += 1
          atNodeStart = true
        }
      case "]", "}":
        if flowDepth > 0 { flowDepth -= 1 }
      default:
        break
      }
      advance(by: 1)
    }

    /// Skips `---`/`...` (the rest of the line is read on) or a `%` directive line at column 1.
    private mutating func skipsDocumentMarkerOrDirective() -> Bool {
      guard index < text.count else { return false }
      if text[index] == "%" {
        skipToBreak()
        return true
      }
      for marker: [Unicode.Scalar] in [["-", "-", "-"], [".", ".", "."]] {
        guard index + 3 <= text.count, Array(text[index..<index + 3]) == marker else { continue }
        let next = index + 3 < text.count ? text[index + 3] : " "
        guard isBlank(next) || SourceLines.isBreak(next) else { continue }
        advance(by: 3)
        return false
      }
      return false
    }

    /// Skips a quoted scalar starting at `quote`, across lines.
    private mutating func skipQuoted(_ quote: Unicode.Scalar) {
      advance(by: 1)
      while index < text.count {
        let scalar = text[index]
        if SourceLines.isBreak(scalar) {
          _ = consumeBreak()
          continue
        }
        if quote == "\"", scalar == "\\" {
          advance(by: 1)
          if index < text.count, SourceLines.isBreak(text[index]) { continue }
          advance(by: 1)
          continue
        }
        if scalar == quote {
          if quote == "'", index + 1 < text.count, text[index + 1] == "'" {
            advance(by: 2)
            continue
          }
          advance(by: 1)
          return
        }
        advance(by: 1)
      }
    }

    /// The anchor or alias name starting at `start` (empty when none).
    private func name(from start: Int) -> String {
      var scalars = String.UnicodeScalarView()
      var position = start
      while position < text.count {
        let scalar = text[position]
        if isBlank(scalar) || SourceLines.isBreak(scalar) || "[]{},".unicodeScalars.contains(scalar)
        {
          break
        }
        scalars.append(scalar)
        position += 1
        if scalars.count >= 64 { break }
      }
      return String(scalars)
    }

    private func spaces(from start: Int) -> Int {
      var position = start
      while position < text.count, text[position] == " " { position += 1 }
      return position - start
    }

    private func isBlank(from start: Int) -> Bool {
      var position = start
      while position < text.count, isBlank(text[position]) { position += 1 }
      return position >= text.count || SourceLines.isBreak(text[position])
    }

    private func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private mutating func advance(by count: Int) {
      index += count
      column += count
    }

    private mutating func skipToBreak() {
      while index < text.count, !SourceLines.isBreak(text[index]) { advance(by: 1) }
    }

    /// Consumes the line break at `index` (`\r\n` as one); returns `true` (a line starts).
    private mutating func consumeBreak() -> Bool {
      guard index < text.count else { return true }
      let scalar = text[index]
      index += 1
      if scalar == "\r", index < text.count, text[index] == "\n" { index += 1 }
      line += 1
      column = 1
      return true
    }
  }

  /// The lines of a block scalar (`|` or `>`): every line more indented than its parent's, and
  /// blank lines, until a line that is not.
  private struct BlockScalar {
    let parentIndent: Int
    var contentIndent: Int?

    mutating func continues(indent: Int, blank: Bool) -> Bool {
      if blank { return true }
      if let contentIndent { return indent >= contentIndent }
      guard indent > parentIndent else { return false }
      contentIndent = indent
      return true
    }
  }
}
