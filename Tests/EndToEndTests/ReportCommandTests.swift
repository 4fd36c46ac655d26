import Console
import Foundation
import TestSupport
import Testing

/// `switchboard report` on a log filled by `switchboard simulate`, in the terminal and as HTML
/// rendered by headless Chromium.
@Suite(.serialized) struct ReportCommandTests {
  private static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  private func simulatedDatabase(_ folder: TemporaryFolder) throws -> String {
    let db = folder.file("x.sqlite")
    let simulation = try BinaryRunner.run(
      ["simulate", "--sessions", "150", "--seed", "3", "--db", db])
    #expect(simulation.status == 0, "\(simulation.stderr)")
    return db
  }

  @Test func printsTheTerminalReport() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try simulatedDatabase(folder)
    let result = try BinaryRunner.run(["report", "--db", db, "--channel", "simulated"])
    #expect(result.status == 0, "\(result.stderr)")
    for heading in [
      "By channel", "By day (UTC)", "Top intents", "Busiest hours (UTC)", "By agent",
      "Fallback backlog",
    ] {
      #expect(result.stdout.contains(heading))
    }
    #expect(result.stdout.contains("simulated"))
    #expect(result.stdout.contains("█"))
  }

  @Test func rejectsABadPeriod() throws {
    let result = try BinaryRunner.run(["report", "--since", "yesterday-ish"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("switchboard: --since: "))
  }

  @Test(.enabled(if: chromium != nil, "chromium is not installed"))
  func theHTMLPageRendersItsCharts() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try simulatedDatabase(folder)
    let page = folder.file("report.html")
    let result = try BinaryRunner.run(["report", "--db", db, "--html", page])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") || !html.contains("src=\"http"))
    #expect(html.components(separatedBy: "<svg").count == 5)
    #expect(html.contains("<tr><td>bot (no agent)</td><td>150</td>"))
    #expect(html.contains("<li>"))
    #expect(!html.contains("SQL"))

    let shot = folder.file("shot.png")
    try Shell.screenshot(
      browser: try #require(Self.chromium), page: page, into: shot, profile: folder.file("profile"))
    #expect(FileManager.default.fileExists(atPath: shot))
    let colors = Array(HTMLReport.chartColors.values)
    let output = try Shell.run(
      "/usr/bin/env",
      ["python3", RepositoryPaths.root + "/Tests/Scripts/png_colors.py", shot] + colors)
    let counts = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Int])
    for (chart, color) in HTMLReport.chartColors {
      #expect((counts[color] ?? 0) > 500, "chart \(chart) (\(color)) is not drawn: \(counts)")
    }
  }
}

/// Runs programs for these tests, each with a deadline.
enum Shell {
  /// Runs a program and returns its standard output.
  @discardableResult
  static func run(_ program: String, _ arguments: [String]) throws -> String {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let outputPath = folder.file("out")
    try ChildProcess.run(program, arguments, output: .file(outputPath), timeout: 60)
    return String(
      decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
  }

  /// Renders `page` with headless Chromium into the PNG `shot`.
  ///
  /// The browser is stopped as soon as the PNG is complete (it ends with its IEND chunk), as
  /// headless Chromium sometimes lingers after writing it; three minutes is the hard limit.
  static func screenshot(browser: String, page: String, into shot: String, profile: String) throws {
    let pngEnd: [UInt8] = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
    try ChildProcess.run(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--user-data-dir=\(profile)", "--hide-scrollbars", "--window-size=1100,2600",
        "--screenshot=\(shot)", "file://\(page)",
      ],
      timeout: 180,
      finishedEarly: {
        guard let data = FileManager.default.contents(atPath: shot) else { return false }
        return data.count > 8 && Array(data.suffix(8)) == pngEnd
      })
  }
}
