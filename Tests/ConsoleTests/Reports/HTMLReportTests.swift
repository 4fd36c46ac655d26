import Dialogue
import Foundation
import Office
import TestSupport
import Testing

@testable import Console

/// The HTML page's axes, context line and Japanese text.
struct HTMLReportTests {
  @Test(arguments: [
    (0, [0, 1]), (1, [0, 1]), (4, [0, 1, 2, 3, 4]), (18, [0, 5, 10, 15, 20]),
    (60, [0, 20, 40, 60]), (266, [0, 100, 200, 300]),
  ])
  func axisTicksReachAtLeastTheMaximum(maximum: Int, expected: [Int]) {
    #expect(SVGChart.axisTicks(maximum: maximum) == expected)
  }

  @Test func columnsHaveAZeroLineGridlinesAndEveryBarsLabel() {
    let bars = (0..<24).map {
      SVGChart.Bar(label: String(format: "%02d", $0), value: $0 == 8 ? 5 : 0)
    }
    let svg = SVGChart.columns(bars, color: "#ea580c", id: "chart-hours")
    #expect(svg.contains("stroke=\"#444\""))  // the zero line
    #expect(svg.components(separatedBy: "stroke=\"#e5e7eb\"").count == 6)  // 1…5
    for hour in ["00", "09", "14", "23"] { #expect(svg.contains(">\(hour)</text>")) }
    #expect(svg.components(separatedBy: "<rect").count == 2)
  }

  @Test func japaneseTextIsMarkedAsJapanese() {
    #expect(HTML.text("天気予報 <b>") == "<span lang=\"ja\">天気予報 &lt;b&gt;</span>")
    #expect(HTML.text("weather") == "weather")
    #expect(HTML.langAttribute("ワイヤレスマウス") == " lang=\"ja\"")
  }

  @Test func thePageStatesItsPeriodTimeZoneAndGenerationTime() throws {
    let report = try ConversationReport.build(from: ReportFixture.store(), query: StatisticsQuery())
    let page = HTMLReport.render(
      report, title: "all time", generatedAt: Date(timeIntervalSince1970: 1_796_150_000))
    #expect(
      page.contains(
        "2026-11-02 to 2026-11-05 · days and hours in UTC · generated 2026-12-01 18:33 UTC"))
    #expect(page.contains("Noto Sans CJK JP"))
    #expect(page.contains("<td>bot (no agent)</td><td>4</td><td>8</td><td>0</td>"))
    #expect(!page.contains(">oos<"))
  }
}
