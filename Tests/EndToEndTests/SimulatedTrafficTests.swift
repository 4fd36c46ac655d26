import Foundation
import TestSupport
import Testing

/// Simulated customers call when the FAQ says the desk is open: Monday to Friday, 9:00 to 18:00
/// JST (0:00 to 9:00 UTC).
struct SimulatedTrafficTests {
  @Test func conversationsFallOnWeekdaysWithinOpeningHours() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let simulation = try BinaryRunner.run(
      ["simulate", "--sessions", "120", "--seed", "7", "--db", db])
    #expect(simulation.status == 0, "\(simulation.stderr)")
    let report = try BinaryRunner.run(["report", "--db", db])
    #expect(report.status == 0, "\(report.stderr)")
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    var weekdays = 0
    for line in report.stdout.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count >= 3, let day = formatter.date(from: String(fields[0])) else { continue }
      let weekday = calendar.component(.weekday, from: day)  // 1 Sunday, 7 Saturday
      if weekday == 1 || weekday == 7 {
        #expect(fields[1] == "0", "a weekend day has conversations: \(line)")
      } else if fields[1] != "0" {
        weekdays += 1
      }
    }
    #expect(weekdays >= 15)
    let hours = try #require(report.stdout.components(separatedBy: "Busiest hours (UTC)").last)
    for line in hours.split(separator: "\n").prefix(27) {
      let fields = line.split(separator: " ")
      guard fields.count >= 2, let hour = Int(fields[0]), fields[0].count == 2 else { continue }
      if hour >= 9 { #expect(fields[1] == "0", "turns outside opening hours: \(line)") }
    }
  }
}
