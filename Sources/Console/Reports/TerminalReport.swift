import Dialogue
import Foundation
import Office

/// The analytics report as aligned plain-text tables with Unicode bar charts.
public enum TerminalReport {
  /// The report's text; `title` names what it covers.
  public static func render(_ report: ConversationReport, title: String) -> String {
    let statistics = report.statistics
    var sections = [
      "Switchboard report — \(title)",
      "conversations \(statistics.conversationCount), user turns \(statistics.turnCount), "
        + "containment \(percent(report.containmentRate)), "
        + "escalation \(percent(report.escalationRate)), "
        + "abandoned \(percent(report.abandonmentRate))",
    ]
    sections[1] +=
      "\nfallback rate \(percent(report.fallbackRate)) (\(report.fallbackTurns) turns out of scope)"
    if let period = report.period {
      sections[1] += "; from \(period.first) to \(period.last), days and hours in UTC"
    }
    sections.append(
      section(
        "By channel",
        TableRenderer.render(
          header: ["channel", "conversations", "turns", ""],
          rows: volumeRows(statistics.channels))))
    sections.append(
      section(
        "By day (UTC)",
        TableRenderer.render(
          header: ["day", "conversations", "turns", ""], rows: volumeRows(report.days))))
    let outcomeRows = statistics.outcomes.map { [$0.name, String($0.count)] }
    sections.append(
      section(
        "Outcomes", TableRenderer.render(header: ["outcome", "conversations"], rows: outcomeRows)))
    let topIntents = Array(report.intents.prefix(10))
    sections.append(
      section(
        "Top intents (out of scope apart: the fallback rate)", countTable("intent", topIntents)))
    sections.append(section("Busiest hours (UTC)", countTable("hour", report.hours)))
    sections.append(section("By agent", agentTable(report.agents)))
    sections.append(section("Fallback backlog: what to teach the bot next", backlog(report)))
    return sections.joined(separator: "\n\n")
  }

  private static func section(_ heading: String, _ body: String) -> String {
    heading + "\n" + body
  }

  private static func volumeRows(_ volumes: [ConversationStatistics.Volume]) -> [[String]] {
    let maximum = volumes.map(\.turns).max() ?? 0
    return volumes.map {
      [
        $0.key, String($0.conversations), String($0.turns),
        BarChart.bar($0.turns, of: maximum, width: 30),
      ]
    }
  }

  private static func agentTable(_ agents: [ConversationReport.AgentRow]) -> String {
    let maximum = agents.map(\.turns).max() ?? 0
    let rows = agents.map {
      [
        $0.name, String($0.conversations), String($0.turns), String($0.escalations),
        BarChart.bar($0.turns, of: maximum, width: 30),
      ]
    }
    return TableRenderer.render(
      header: ["agent", "conversations", "turns", "escalations", ""], rows: rows)
  }

  private static func countTable(_ name: String, _ counts: [ConversationStatistics.Count]) -> String
  {
    let maximum = counts.map(\.count).max() ?? 0
    let rows = counts.map {
      [$0.name, String($0.count), BarChart.bar($0.count, of: maximum, width: 30)]
    }
    return TableRenderer.render(header: [name, "turns", ""], rows: rows)
  }

  private static func backlog(_ report: ConversationReport) -> String {
    guard !report.fallbackGroups.isEmpty else { return "nothing: every line was understood" }
    let rows = report.fallbackGroups.prefix(15).map { group in
      [
        String(group.size), group.label,
        group.examples.map { "“\(oneLine($0))”" }.joined(separator: " "),
      ]
    }
    return TableRenderer.render(header: ["lines", "shared words", "examples"], rows: Array(rows))
  }

  static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

  private static func oneLine(_ text: String) -> String {
    let flat = TextSanitizer.clean(text).replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "\t", with: " ")
    return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
  }
}
