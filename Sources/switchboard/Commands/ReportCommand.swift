import ArgumentParser
import Console
import Dialogue
import Foundation
import Office
import OfficePostgres

/// `switchboard report`: what customers asked, what the bot solved, what it could not.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Analytics from the conversation log: volumes, containment, intents, hours, backlog.",
    discussion: """
      The fallback backlog groups out-of-scope and low-confidence lines by similarity, largest \
      groups first: what to teach the bot next. Days and hours are in UTC.
      """
  )

  @OptionGroup var database: DatabaseOption
  @OptionGroup(visibility: .hidden) var catalog: CatalogOption
  @OptionGroup(visibility: .hidden) var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Option(help: "Only the last period: 7d, 24h, 2w, or a date (2026-11-01).")
  var since: String?

  @Option(help: "Only one channel.")
  var channel: Channel?

  @Option(help: "Write a self-contained HTML page (inline SVG charts) to this file.")
  var html: String?

  func run() throws {
    let now = Date()
    let start: Date?
    do {
      // One cut-off for every figure: the report's counts are kept per UTC day, so the period
      // starts at the beginning of the day it reaches into, for conversations and turns alike.
      start = try since.map { Self.startOfDay(try Self.parseSince($0, now: now)) }
    } catch {
      throw StandardError.fail("--since: \(error)", code: 2)
    }
    let store: any Store & ConversationAnalytics
    // The backlog inbox's decisions are kept on SQLite only.
    var inbox: SQLiteStore?
    do {
      // A server address reports from the server, for a role its login may take; a SQLite file
      // is opened read-only.
      if let server = try PostgresStore.open(global.databasePath) {
        try LoginCap.check(
          server,
          Principal(role: global.effectiveRole, customerID: global.customer, agent: global.agent))
        store = server
      } else {
        let file = try StoreOpening.forReading(global.databasePath)
        (store, inbox) = (file, file)
      }
      // The report reads every conversation: the door is the same policy as every other.
      var office = BackOffice(
        store: store,
        principal: Principal(
          role: global.effectiveRole, customerID: global.customer, agent: global.agent),
        clock: { Date() })
      // The report opens its file read-only: a refusal is told, not written to the audit log.
      office.writesAudit = false
      if let roles = try office.refusal(.read, .reports) {
        throw StandardError.fail(
          "report: the \(global.effectiveRole.rawValue) role may not read the report "
            + "(roles that may: \(roles.map(\.rawValue).joined(separator: ", ")))", code: 2)
      }
    } catch let error as StoreError {
      throw StandardError.fail(error)
    }
    let report: ConversationReport
    do {
      report = try ConversationReport.build(
        from: store, query: StatisticsQuery(since: start, channel: channel))
    } catch {
      throw StandardError.fail(error)
    }
    var title = "all time"
    if let since, let start { title = "since \(since) (from \(Self.dayText(start)) 00:00 UTC)" }
    if let channel { title += ", channel \(channel.rawValue)" }
    guard let html else {
      print(TerminalReport.render(report, title: title))
      if let inbox,
        let line = try? BacklogCommand.progress(inbox, query: StatisticsQuery(since: start))
      {
        print("\n" + line)
      }
      return
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: html, isDirectory: &isFolder), isFolder.boolValue {
      throw StandardError.fail("--html: \(html) is a folder; give the page's file name", code: 2)
    }
    do {
      try Data(HTMLReport.render(report, title: title, generatedAt: now).utf8).write(
        to: URL(fileURLWithPath: html), options: .atomic)
    } catch {
      throw StandardError.fail(
        "--html: cannot write \(html): \(FileProblem.reason(error, path: html))", code: 2)
    }
    print("Wrote the report to \(html).")
  }

  /// The start of the UTC day holding `date`.
  static func startOfDay(_ date: Date) -> Date {
    Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
  }

  /// `yyyy-MM-dd` of `date` in UTC.
  static func dayText(_ date: Date) -> String {
    String(ISO8601DateFormatter().string(from: date).prefix(10))
  }

  /// `7d`, `24h`, `2w`, `30m` before `now`, or a `yyyy-MM-dd` day (UTC).
  static func parseSince(_ text: String, now: Date) throws -> Date {
    let units: [Character: Double] = ["m": 60, "h": 3_600, "d": 86_400, "w": 604_800]
    if let unit = text.last, let seconds = units[unit], let count = Double(text.dropLast()),
      count >= 0
    {
      return now.addingTimeInterval(-count * seconds)
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    if let date = formatter.date(from: text) { return date }
    throw ValidationError(
      "'\(text)' is neither a period (7d, 24h, 2w, 30m) nor a date (2026-11-01)")
  }
}

extension Channel: ExpressibleByArgument {}
