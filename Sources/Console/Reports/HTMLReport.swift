import Dialogue
import Foundation
import Office

/// The analytics report as one self-contained HTML page with inline SVG charts.
public enum HTMLReport {
  /// The colours of the four charts (tests look for them in a screenshot).
  public static let chartColors = [
    "days": "#2563eb", "intents": "#16a34a", "hours": "#ea580c", "channels": "#7c3aed",
  ]

  /// The page for `report`; `title` names what it covers, `generatedAt` (when given) is stated
  /// under the title with the period and the time zone.
  public static func render(
    _ report: ConversationReport, title: String, generatedAt: Date? = nil
  ) -> String {
    let statistics = report.statistics
    let days = report.days.map {
      SVGChart.Bar(label: String($0.key.dropFirst(5)), value: $0.turns)
    }
    let intents = report.intents.prefix(12).map {
      SVGChart.Bar(label: $0.name, value: $0.count)
    }
    let hours = report.hours.map { SVGChart.Bar(label: $0.name, value: $0.count) }
    let channels = statistics.channels.map { SVGChart.Bar(label: $0.key, value: $0.turns) }
    let agentRows: String = report.agents.map { (agent) -> String in
      "<tr><td>\(HTML.text(agent.name))</td><td>\(agent.conversations)</td><td>\(agent.turns)</td>"
        + "<td>\(agent.escalations)</td></tr>"
    }.joined()
    let outcomeRows: String = statistics.outcomes.map { (outcome) -> String in
      "<tr><td>\(HTML.escape(outcome.name))</td><td>\(outcome.count)</td></tr>"
    }.joined()
    let backlogRows: String = report.fallbackGroups.prefix(25).map { (group) -> String in
      let examples: String = group.examples.map { (example) -> String in
        "<li>\(HTML.text(example))</li>"
      }.joined()
      return
        "<tr><td>\(group.size)</td><td>\(HTML.text(group.label))</td><td><ul>\(examples)</ul></td></tr>"
    }.joined()
    return """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Switchboard report — \(HTML.escape(title))</title>
      <style>
      body { font-family: \(SVGChart.fontStack); margin: 24px 32px; color: #111; }
      :lang(ja) { font-family: 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Noto Sans JP', 'Source Han Sans JP', 'Yu Gothic', Meiryo, sans-serif; }
      h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; }
      .context { color: #555; margin-top: 0; }
      .figures { display: flex; flex-wrap: wrap; gap: 28px; } .figure b { display: block; font-size: 24px; }
      .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 0 32px; }
      svg { display: block; max-width: 100%; height: auto; }
      table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
      td:not(:first-child), th:not(:first-child) { white-space: nowrap; }
      .backlog td:last-child { white-space: normal; width: 60%; }
      ul { margin: 0; padding-left: 16px; }
      </style></head><body>
      <h1>Switchboard report — \(HTML.escape(title))</h1>
      <p class="context">\(context(report, generatedAt: generatedAt))</p>
      <div class="figures">
      <div class="figure"><b>\(statistics.conversationCount)</b>conversations</div>
      <div class="figure"><b>\(statistics.turnCount)</b>user turns</div>
      <div class="figure"><b>\(TerminalReport.percent(report.containmentRate))</b>containment</div>
      <div class="figure"><b>\(TerminalReport.percent(report.escalationRate))</b>escalation</div>
      <div class="figure"><b>\(TerminalReport.percent(report.abandonmentRate))</b>abandoned</div>
      <div class="figure"><b>\(TerminalReport.percent(report.fallbackRate))</b>fallback rate (\(report.fallbackTurns) turns out of scope)</div>
      </div>
      <h2>Turns by day (UTC)</h2>
      \(SVGChart.columns(days, color: chartColors["days"]!, id: "chart-days"))
      <h2>Turns by hour of the day (UTC)</h2>
      \(SVGChart.columns(hours, color: chartColors["hours"]!, id: "chart-hours"))
      <div class="charts"><div>
      <h2>Top intents (out of scope apart: the fallback rate)</h2>
      \(SVGChart.horizontal(Array(intents), color: chartColors["intents"]!, id: "chart-intents"))
      </div><div>
      <h2>By channel</h2>
      \(SVGChart.horizontal(channels, color: chartColors["channels"]!, id: "chart-channels"))
      </div></div>
      <div class="charts"><div>
      <h2>Outcomes</h2>
      <table><tr><th>outcome</th><th>conversations</th></tr>\(outcomeRows)</table>
      </div><div>
      <h2>By agent</h2>
      <table><tr><th>agent</th><th>conversations</th><th>turns</th><th>escalations</th></tr>\(agentRows)</table>
      </div></div>
      <h2>Fallback backlog: what to teach the bot next</h2>
      <table class="backlog"><tr><th>lines</th><th>shared words</th><th>examples</th></tr>\(backlogRows)</table>
      </body></html>

      """
  }

  /// `2026-11-02 to 2026-11-29 · days and hours in UTC · generated 2026-12-01 18:40 UTC`.
  static func context(_ report: ConversationReport, generatedAt: Date?) -> String {
    var parts: [String] = []
    if let period = report.period {
      parts.append(
        period.first == period.last ? period.first : "\(period.first) to \(period.last)")
    } else {
      parts.append("no conversations logged")
    }
    parts.append("days and hours in UTC")
    if let generatedAt {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = "yyyy-MM-dd HH:mm"
      parts.append("generated \(formatter.string(from: generatedAt)) UTC")
    }
    return parts.joined(separator: " · ")
  }
}
