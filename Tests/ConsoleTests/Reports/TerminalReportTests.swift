import Console
import Dialogue
import Foundation
import Office
import TestSupport
import Testing

@Suite struct TerminalReportTests {
  private static let golden = RepositoryPaths.root + "/Tests/ConsoleTests/Reports/Golden/report.txt"

  /// Set SWITCHBOARD_UPDATE_GOLDEN=1 to rewrite the golden file after an intended change.
  @Test func matchesTheGoldenReport() throws {
    let report = try ConversationReport.build(from: ReportFixture.store(), query: StatisticsQuery())
    let text = TerminalReport.render(report, title: "all time") + "\n"
    if ProcessInfo.processInfo.environment["SWITCHBOARD_UPDATE_GOLDEN"] == "1" {
      try text.write(toFile: Self.golden, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: Self.golden, encoding: .utf8)
    #expect(text == expected)
  }

  @Test func filtersByChannel() throws {
    let report = try ConversationReport.build(
      from: ReportFixture.store(), query: StatisticsQuery(channel: .simulated))
    #expect(report.statistics.conversationCount == 2)
    #expect(report.statistics.turnCount == 3)
    #expect(report.statistics.channels.map(\.key) == ["simulated"])
  }

  @Test func groupsTheFallbackBacklogBySimilarity() throws {
    let report = try ConversationReport.build(from: ReportFixture.store(), query: StatisticsQuery())
    let groups = report.fallbackGroups
    #expect(groups.first?.size == 3)
    #expect(groups.first?.examples.allSatisfy { $0.contains("weather") } == true)
    #expect(groups.contains { $0.size == 2 && $0.examples.allSatisfy { $0.contains("sing") } })
  }

  @Test(arguments: [(0, 10, 8, ""), (10, 10, 8, "████████"), (5, 10, 8, "████"), (1, 10, 3, "▎")])
  func drawsBarsInEighths(value: Int, maximum: Int, width: Int, expected: String) {
    #expect(BarChart.bar(value, of: maximum, width: width) == expected)
  }
}
