import Foundation

/// Inline SVG bar charts for the HTML report: no scripts, no external fonts or files.
enum SVGChart {
  /// One bar: its label and value.
  struct Bar {
    var label: String
    var value: Int
  }

  /// Horizontal bars, one row per item, labels on the left.
  static func horizontal(_ bars: [Bar], color: String, id: String) -> String {
    let rowHeight = 24
    let labelWidth = 200
    let chartWidth = 560
    let height = max(bars.count, 1) * rowHeight + 8
    let maximum = max(bars.map(\.value).max() ?? 0, 1)
    var body = ""
    for (index, bar) in bars.enumerated() {
      let y = index * rowHeight + 4
      let width = max(2, bar.value * chartWidth / maximum)
      body += """
        <text x="\(labelWidth - 8)" y="\(y + 16)" text-anchor="end">\(HTML.escape(bar.label))</text>\
        <rect x="\(labelWidth)" y="\(y + 3)" width="\(width)" height="\(rowHeight - 6)" fill="\(color)"/>\
        <text x="\(labelWidth + width + 6)" y="\(y + 16)">\(bar.value)</text>
        """
    }
    return svg(id: id, width: labelWidth + chartWidth + 80, height: height, body: body)
  }

  /// Vertical columns, labels under each column.
  static func columns(_ bars: [Bar], color: String, id: String) -> String {
    let plotHeight = 180
    let columnWidth = max(8, min(40, 760 / max(bars.count, 1)))
    let width = bars.count * columnWidth + 60
    let maximum = max(bars.map(\.value).max() ?? 0, 1)
    var body =
      "<line x1=\"40\" y1=\"\(plotHeight + 10)\" x2=\"\(width)\" y2=\"\(plotHeight + 10)\" stroke=\"#999\"/>"
    body += "<text x=\"0\" y=\"20\">\(maximum)</text>"
    for (index, bar) in bars.enumerated() {
      let height = max(1, bar.value * plotHeight / maximum)
      let x = 44 + index * columnWidth
      body += """
        <rect x="\(x)" y="\(plotHeight + 10 - height)" width="\(columnWidth - 3)" height="\(height)" fill="\(color)">\
        <title>\(HTML.escape(bar.label)): \(bar.value)</title></rect>
        """
      let step = max(1, bars.count / 12)
      if index % step == 0 {
        body +=
          "<text x=\"\(x)\" y=\"\(plotHeight + 26)\" font-size=\"10\">\(HTML.escape(bar.label))</text>"
      }
    }
    return svg(id: id, width: width, height: plotHeight + 34, body: body)
  }

  private static func svg(id: String, width: Int, height: Int, body: String) -> String {
    """
    <svg id="\(id)" xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
    viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="12">\(body)</svg>
    """
  }
}

/// HTML escaping.
enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in TextSanitizer.clean(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
