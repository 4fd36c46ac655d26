import Dialogue
import Foundation
import Office

/// The analytics report as one self-contained HTML page with inline SVG charts.
public enum HTMLReport {
  /// The colours of the four charts (tests look for them in a screenshot).
  public static let chartColors = [
    "days": "#2563eb", "intents": "#16a34a", "hours": "#ea580c", "channels": "#7c3aed",
  ]

  /// The page for `report`; `title` names what it covers.
  public static func render(_ report: ConversationReport, title: String) -> String {
    let statistics = report.statistics
    let days = statistics.days.map {
      SVGChart.Bar(label: String($0.key.dropFirst(5)), value: $0.turns)
    }
    let intents = statistics.intents.prefix(12).map {
      SVGChart.Bar(label: $0.name, value: $0.count)
    }
    let hours = statistics.hours.map { SVGChart.Bar(label: $0.name, value: $0.count) }
    let channels = statistics.channels.map { SVGChart.Bar(label: $0.key, value: $0.turns) }
    let agentRows: String = statistics.agents.map { (agent) -> String in
      "<tr><td>\(HTML.escape(agent.key))</td><td>\(agent.conversations)</td><td>\(agent.turns)</td></tr>"
    }.joined()
    let outcomeRows: String = statistics.outcomes.map { (outcome) -> String in
      "<tr><td>\(HTML.escape(outcome.name))</td><td>\(outcome.count)</td></tr>"
    }.joined()
    let backlogRows: String = report.fallbackGroups.prefix(25).map { (group) -> String in
      let examples: String = group.examples.map { (example) -> String in
        "<li>\(HTML.escape(example))</li>"
      }.joined()
      return
        "<tr><td>\(group.size)</td><td>\(HTML.escape(group.label))</td><td><ul>\(examples)</ul></td></tr>"
    }.joined()
    return """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>Switchboard report — \(HTML.escape(title))</title>
      <style>
      body { font-family: sans-serif; margin: 24px; color: #111; max-width: 1000px; }
      h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
      .figures { display: flex; gap: 28px; } .figure b { display: block; font-size: 24px; }
      table { border-collapse: collapse; } td, th { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
      ul { margin: 0; padding-left: 16px; }
      </style></head><body>
      <h1>Switchboard report — \(HTML.escape(title))</h1>
      <div class="figures">
      <div class="figure"><b>\(statistics.conversationCount)</b>conversations</div>
      <div class="figure"><b>\(statistics.turnCount)</b>user turns</div>
      <div class="figure"><b>\(TerminalReport.percent(report.containmentRate))</b>containment</div>
      <div class="figure"><b>\(TerminalReport.percent(report.escalationRate))</b>escalation</div>
      <div class="figure"><b>\(TerminalReport.percent(report.abandonmentRate))</b>abandoned</div>
      </div>
      <h2>Turns by day (UTC)</h2>
      \(SVGChart.columns(days, color: chartColors["days"]!, id: "chart-days"))
      <h2>Top intents</h2>
      \(SVGChart.horizontal(Array(intents), color: chartColors["intents"]!, id: "chart-intents"))
      <h2>Busiest hours (UTC)</h2>
      \(SVGChart.columns(hours, color: chartColors["hours"]!, id: "chart-hours"))
      <h2>By channel</h2>
      \(SVGChart.horizontal(channels, color: chartColors["channels"]!, id: "chart-channels"))
      <h2>Outcomes</h2>
      <table><tr><th>outcome</th><th>conversations</th></tr>\(outcomeRows)</table>
      <h2>By agent</h2>
      <table><tr><th>agent</th><th>conversations</th><th>turns</th></tr>\(agentRows)</table>
      <h2>Fallback backlog: what to teach the bot next</h2>
      <table><tr><th>lines</th><th>shared words</th><th>examples</th></tr>\(backlogRows)</table>
      </body></html>

      """
  }
}
