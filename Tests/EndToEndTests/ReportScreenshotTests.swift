import Console
import Foundation
import TestSupport
import Testing

/// The HTML report as a manager sees it (headless Chromium): Japanese text drawn with a real
/// Japanese font, the page's context line, the charts at the window's width.
@Suite(.serialized) struct ReportScreenshotTests {
  private static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// The colour the test gives Japanese text in a copy of the page, to find it in the screenshot.
  private static let japaneseMarker = "#ff00aa"

  /// Whether fontconfig knows a font for Japanese.
  private static func hasJapaneseFont() throws -> Bool {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/fc-list") else { return false }
    return !(try Shell.run("/usr/bin/fc-list", [":lang=ja", "family"]))
      .trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }

  /// Installs Debian's `fonts-noto-cjk` when no Japanese font is installed.
  private static func ensureJapaneseFont() throws {
    if try hasJapaneseFont() { return }
    let folder = TemporaryFolder()
    defer { folder.remove() }
    try ChildProcess.run(
      "/usr/bin/env",
      ["DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q", "fonts-noto-cjk"],
      output: .file(folder.file("apt.log")), error: .file(folder.file("apt.err")), timeout: 600)
  }

  @Test(.enabled(if: chromium != nil, "chromium is not installed"))
  func japaneseLabelsAreDrawnAndThePageSaysWhatItCovers() throws {
    try Self.ensureJapaneseFont()
    #expect(try Self.hasJapaneseFont(), "no Japanese font: apt-get install fonts-noto-cjk failed")

    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let simulation = try BinaryRunner.run(
      ["simulate", "--sessions", "150", "--seed", "3", "--db", db])
    #expect(simulation.status == 0, "\(simulation.stderr)")
    let page = folder.file("report.html")
    let result = try BinaryRunner.run(["report", "--db", db, "--html", page])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.contains("Noto Sans CJK JP"))
    #expect(html.contains("lang=\"ja\""))
    #expect(
      html.range(
        of:
          #"2026-11-02 to 2026-11-\d\d · days and hours in UTC · generated \d{4}-\d\d-\d\d \d\d:\d\d UTC"#,
        options: .regularExpression) != nil)
    #expect(!html.contains("max-width: 1000px"))

    // A copy whose Japanese text is drawn in one colour nothing else on the page has.
    let marked = folder.file("marked.html")
    try html.replacingOccurrences(
      of: "</style>",
      with:
        "[lang=ja] { color: \(Self.japaneseMarker) !important; fill: \(Self.japaneseMarker); }\n</style>"
    ).write(toFile: marked, atomically: true, encoding: .utf8)
    let shot = folder.file("shot.png")
    try Shell.screenshot(
      browser: try #require(Self.chromium), page: marked, into: shot,
      profile: folder.file("profile"))
    if let keep = ProcessInfo.processInfo.environment["SWITCHBOARD_KEEP_SCREENSHOT"] {
      try? FileManager.default.removeItem(atPath: keep)
      try FileManager.default.copyItem(atPath: shot, toPath: keep)
    }
    let output = try Shell.run(
      "/usr/bin/env",
      ["python3", RepositoryPaths.root + "/Tests/Scripts/png_colors.py", shot, Self.japaneseMarker]
        + Array(HTMLReport.chartColors.values))
    let counts = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Int])
    #expect((counts[Self.japaneseMarker] ?? 0) > 200, "Japanese text is not drawn: \(counts)")
    for (chart, color) in HTMLReport.chartColors {
      #expect((counts[color] ?? 0) > 500, "chart \(chart) (\(color)) is not drawn: \(counts)")
    }
  }
}
