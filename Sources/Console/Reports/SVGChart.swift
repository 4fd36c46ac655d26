import Foundation

/// Inline SVG bar charts for the HTML report: no scripts, no external fonts or files.
///
/// Each chart is drawn on a fixed coordinate system (`viewBox`, ``width`` units wide) and scaled
/// to the page's width; column charts have a zero line, light gridlines and a labelled y-axis up
/// to a round value at or above the maximum.
enum SVGChart {
  /// One bar: its label and value.
  struct Bar {
    var label: String
    var value: Int
  }

  /// The width of every chart's coordinate system.
  static let width = 960

  /// The font stack of charts and page: Latin first, then Japanese fallbacks (macOS, Windows,
  /// Linux), so that Japanese labels render with a real font instead of boxes.
  static let fontStack =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, "
    + "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Noto Sans JP', "
    + "'Source Han Sans JP', 'Yu Gothic', Meiryo, 'IPAexGothic', 'VL Gothic', sans-serif"

  /// The width of a horizontal chart's coordinate system: half the page, where it is shown.
  static let halfWidth = 480

  /// Horizontal bars, one row per item, labels on the left.
  static func horizontal(_ bars: [Bar], color: String, id: String) -> String {
    let rowHeight = 24
    let labelWidth = 140
    let chartWidth = halfWidth - labelWidth - 50
    let height = max(bars.count, 1) * rowHeight + 8
    let maximum = max(bars.map(\.value).max() ?? 0, 1)
    var body = ""
    for (index, bar) in bars.enumerated() {
      let y = index * rowHeight + 4
      let barWidth = max(2, bar.value * chartWidth / maximum)
      body += """
        <text x="\(labelWidth - 8)" y="\(y + 16)" text-anchor="end"\(HTML.langAttribute(bar.label))>\(HTML.escape(bar.label))</text>\
        <rect x="\(labelWidth)" y="\(y + 3)" width="\(barWidth)" height="\(rowHeight - 6)" fill="\(color)"/>\
        <text x="\(labelWidth + barWidth + 6)" y="\(y + 16)">\(bar.value)</text>
        """
    }
    return svg(id: id, width: halfWidth, height: height, body: body)
  }

  /// Vertical columns over every item given (zeros included), labels under the columns.
  static func columns(_ bars: [Bar], color: String, id: String) -> String {
    let plotHeight = 180
    let top = 12
    let left = 48
    let baseline = top + plotHeight
    let columnWidth = max(4, (width - left - 8) / max(bars.count, 1))
    let ticks = axisTicks(maximum: bars.map(\.value).max() ?? 0)
    let axisMaximum = ticks.last ?? 1
    var body = ""
    for tick in ticks {
      let y = baseline - tick * plotHeight / axisMaximum
      let stroke = tick == 0 ? "stroke=\"#444\"" : "stroke=\"#e5e7eb\""
      body +=
        "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - 4)\" y2=\"\(y)\" \(stroke)/>"
        + "<text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\" fill=\"#555\">\(tick)</text>"
    }
    let step = max(1, Int((Double(bars.count) / 24).rounded(.up)))
    for (index, bar) in bars.enumerated() {
      let height = bar.value * plotHeight / axisMaximum
      let x = left + index * columnWidth + 1
      if bar.value > 0 {
        body += """
          <rect x="\(x)" y="\(baseline - max(1, height))" width="\(max(2, columnWidth - 3))" height="\(max(1, height))" fill="\(color)">\
          <title>\(HTML.escape(bar.label)): \(bar.value)</title></rect>
          """
      }
      if index % step == 0 {
        body +=
          "<text x=\"\(x + max(2, columnWidth - 3) / 2)\" y=\"\(baseline + 16)\" font-size=\"10\" "
          + "text-anchor=\"middle\">\(HTML.escape(bar.label))</text>"
      }
    }
    return svg(id: id, width: width, height: baseline + 24, body: body)
  }

  /// Round values from 0 to at least `maximum` (4 or 5 steps of 1, 2, 5 × 10ⁿ).
  static func axisTicks(maximum: Int) -> [Int] {
    guard maximum > 0 else { return [0, 1] }
    var magnitude = 1
    var step = 1
    search: while true {
      for base in [1, 2, 5] {
        step = base * magnitude
        if maximum <= step * 5 { break search }
      }
      magnitude *= 10
    }
    let count = (maximum + step - 1) / step
    return (0...max(count, 1)).map { $0 * step }
  }

  private static func svg(id: String, width: Int, height: Int, body: String) -> String {
    """
    <svg id="\(id)" xmlns="http://www.w3.org/2000/svg" width="100%" \
    viewBox="0 0 \(width) \(height)" font-family="\(fontStack)" font-size="12">\(body)</svg>
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

  /// Whether `text` holds Japanese (kana or CJK ideographs).
  static func isJapanese(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      (0x3040...0x30FF).contains($0.value) || (0x3400...0x9FFF).contains($0.value)
        || (0xFF00...0xFFEF).contains($0.value)
    }
  }

  /// ` lang="ja"` for Japanese text (the browser then picks Japanese glyphs), else nothing.
  static func langAttribute(_ text: String) -> String {
    isJapanese(text) ? " lang=\"ja\"" : ""
  }

  /// `text` escaped, in a `<span lang="ja">` when it is Japanese.
  static func text(_ text: String) -> String {
    isJapanese(text) ? "<span lang=\"ja\">\(escape(text))</span>" : escape(text)
  }
}
