import ArgumentParser
import Console
import Dialogue
import Foundation
import Office

/// `switchboard backlog`: the fallback backlog as an inbox, each group with its state.
struct BacklogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backlog",
    abstract: "The fallback backlog as an inbox: each group with its state and line count.",
    discussion: """
      A group is new until someone decides on it with /backlog in the console: given to an \
      intent or out of scope (assigned, then done once its lines are examples), or ignored. \
      Counts are the group's fallback lines in the period (--since); days are in UTC.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: "Only lines of the last period: 7d, 24h, 2w, or a date (2026-11-01).")
  var since: String?

  @Option(help: "Only groups in this state: new, assigned, ignored, done.")
  var state: BacklogState?

  func run() throws {
    let start: Date?
    do {
      start = try since.map {
        ReportCommand.startOfDay(try ReportCommand.parseSince($0, now: Date()))
      }
    } catch {
      throw StandardError.fail("--since: \(error)", code: 2)
    }
    let inbox: BacklogInbox
    do {
      let store = try SQLiteStore(path: global.databasePath)
      inbox = BacklogInbox.build(
        fallbacks: try store.statistics(StatisticsQuery(since: start)).fallbacks,
        decisions: try store.backlogDecisions())
    } catch {
      throw StandardError.fail(error)
    }
    print(Self.render(inbox, only: state))
  }

  /// The inbox as a table and a closing tally.
  static func render(_ inbox: BacklogInbox, only state: BacklogState?) -> String {
    let items = inbox.items.filter { state == nil || $0.state == state }
    let rows = items.map { item in
      [
        item.state.rawValue, item.intent ?? "-", String(item.count), item.label,
        item.texts.first.map { TextSanitizer.clean($0) } ?? "",
      ]
    }
    let table =
      rows.isEmpty
      ? "(no groups)"
      : TableRenderer.render(
        header: ["state", "intent", "lines", "shared words", "latest line"], rows: rows)
    let tally = BacklogState.allCases.map { "\(inbox.count($0)) \($0.rawValue)" }
      .joined(separator: ", ")
    return table + "\n\(inbox.items.count) groups: \(tally); "
      + String(format: "%.1f%%", inbox.doneShare * 100) + " decided."
  }
}

extension BacklogCommand {
  /// How much of the backlog is decided, for `report`; nil while nothing was ever decided.
  static func progress(_ store: SQLiteStore, query: StatisticsQuery) throws(StoreError) -> String? {
    let decisions = try store.backlogDecisions()
    guard !decisions.isEmpty else { return nil }
    let inbox = BacklogInbox.build(
      fallbacks: try store.statistics(query).fallbacks, decisions: decisions)
    let decided = inbox.count(.done) + inbox.count(.ignored)
    return "Backlog inbox: \(decided) of \(inbox.items.count) groups decided"
      + " (\(inbox.count(.done)) done, \(inbox.count(.ignored)) ignored);"
      + " switchboard backlog lists them."
  }
}

extension BacklogState: ExpressibleByArgument {}
