/// Lays out rows as an aligned plain-text table; East Asian wide characters count as two columns.
public enum TableRenderer {
  /// The table for `header` and `rows`, columns separated by two spaces, header underlined.
  public static func render(header: [String], rows: [[String]]) -> String {
    let columns = header.count
    var widths = header.map(displayWidth)
    for row in rows {
      for (index, cell) in row.prefix(columns).enumerated() {
        widths[index] = max(widths[index], displayWidth(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for index in 0..<columns {
        let cell = index < cells.count ? cells[index] : ""
        let padding = index == columns - 1 ? 0 : widths[index] - displayWidth(cell)
        parts.append(cell + String(repeating: " ", count: max(0, padding)))
      }
      return parts.joined(separator: "  ").trimmingTrailingSpaces()
    }
    var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
    lines += rows.map(line)
    return lines.joined(separator: "\n")
  }

  /// The number of terminal columns `text` takes.
  public static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
  }

  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x20000...0x3FFFD:
      true
    default: false
    }
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
