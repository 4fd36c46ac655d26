/// The list of completion candidates as printed under the line: in columns that fit the
/// terminal's width, no candidate broken across lines, at most a few rows, and how many more
/// there are when the list is cut. Pure, so it is unit-tested apart from the terminal.
public enum CompletionList {
  /// The rows to print for `candidates` on a terminal `width` columns wide, at most `maxRows`
  /// rows of candidates plus one saying how many were left out; when the candidates are only the
  /// first records found (`partial`), that row says there are more without counting them.
  public static func lines(
    _ candidates: [String], width: Int, maxRows: Int = 8, partial: Bool = false
  ) -> [String] {
    guard !candidates.isEmpty else { return [] }
    let gap = 2
    let usable = max(width - 1, 10)
    let cellWidth = min(candidates.map(displayWidth).max() ?? 1, usable)
    let columns = max(1, (usable + gap) / (cellWidth + gap))
    let rowsNeeded = (candidates.count + columns - 1) / columns
    let rows = min(rowsNeeded, maxRows)
    let cut = rowsNeeded > maxRows
    // When cut, the last row holds the note instead of candidates.
    let shownCount = cut ? min(candidates.count, (rows - 1) * columns) : candidates.count
    let shown = candidates.prefix(shownCount).map { truncated($0, to: cellWidth) }
    var result: [String] = []
    var index = 0
    while index < shown.count {
      let row = shown[index..<min(index + columns, shown.count)]
      var line = ""
      for (position, item) in row.enumerated() {
        line += item
        if position < row.count - 1 {
          line += String(repeating: " ", count: cellWidth - displayWidth(item) + gap)
        }
      }
      result.append(line)
      index += columns
    }
    if partial {
      result.append("… and more: type more of the id or name")
    } else if cut {
      let more = candidates.count - shownCount
      result.append("… and \(more) more")
    }
    return result
  }

  /// Columns `text` takes on a terminal: two for wide (East Asian) characters, one otherwise.
  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      let value = scalar.value
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
        || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value)
      return total + (wide ? 2 : 1)
    }
  }

  /// `text` cut with `…` to at most `width` columns.
  private static func truncated(_ text: String, to width: Int) -> String {
    guard displayWidth(text) > width else { return text }
    var result = ""
    for character in text {
      if displayWidth(result + String(character)) > width - 1 { break }
      result.append(character)
    }
    return result + "…"
  }
}
