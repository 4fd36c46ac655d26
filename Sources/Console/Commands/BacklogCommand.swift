import Dialogue
import Foundation
import IntentMatching
import Office

extension BuiltinCommands {
  /// `/backlog [INTENT|oos|ignore|skip]`: walks the new groups of the fallback backlog, one at a
  /// time; each decision is stored so the group does not come back.
  static func backlogCommand(_ state: TeachingState) -> SlashCommand {
    SlashCommand(
      name: "backlog", usage: "[INTENT|oos|ignore|skip]",
      summary: "Walk the fallback backlog: give a group to an intent, out of scope, or ignore it.",
      completion: .intents, run: { backlog($0, $1, state) })
  }

  private static func backlog(
    _ controller: ConsoleController, _ arguments: String, _ state: TeachingState
  ) -> CommandResult {
    let word = arguments.trimmingCharacters(in: .whitespaces)
    if let refused = refusal(controller, intent: word.isEmpty ? "backlog" : word) {
      return refused
    }
    // The decisions are their own small protocol beside the store's (see BacklogDecisions).
    guard let decisions = controller.engine.store as? any BacklogDecisions,
      let analytics = controller.engine.store as? any ConversationAnalytics
    else {
      return CommandResult("This store keeps no backlog decisions.", failed: true)
    }
    do {
      var inbox = try BacklogInbox.build(
        fallbacks: analytics.statistics(StatisticsQuery()).fallbacks,
        decisions: decisions.backlogDecisions())
      var groups = inbox.newItems
      guard !word.isEmpty else { return CommandResult(render(groups, skipped: state.skipped)) }
      let position = min(state.skipped, max(groups.count - 1, 0))
      guard groups.indices.contains(position) else {
        return CommandResult("The backlog has nothing new to decide.")
      }
      let group = groups[position]
      var said: String
      switch word.lowercased() {
      case "skip":
        state.skipped += 1
        said = "Skipped."
      case "ignore":
        try decide(group, .ignored, intent: nil, controller: controller, decisions)
        said = "Ignored the group '\(group.label)'."
      default:
        let intent = word.lowercased() == Match.outOfScope ? nil : word
        if let intent, controller.engine.catalog.intent(named: intent) == nil {
          return CommandResult(
            "No intent '\(intent)'. /intents lists them; oos means out of scope.", failed: true)
        }
        let id = try decide(group, .assigned, intent: intent, controller: controller, decisions)
        let taught = try CatalogTeacher.addAll(group.texts, to: intent, controller: controller)
        state.taught += taught
        let office = controller.engine.office(for: controller.session.settings)
        for example in taught {
          try office.auditTeaching(
            line: example.text, intent: example.intentName, file: example.path)
        }
        try decisions.updateBacklogDecision(id: id, state: .done)
        let place = Set(taught.map(\.path)).sorted().joined(separator: ", ")
        said =
          "Gave the group '\(group.label)' to \(intent ?? "out of scope"): \(taught.count)"
          + " examples added\(place.isEmpty ? "" : " (\(place))"); the matcher is retrained."
      }
      inbox = try BacklogInbox.build(
        fallbacks: analytics.statistics(StatisticsQuery()).fallbacks,
        decisions: decisions.backlogDecisions())
      groups = inbox.newItems
      return CommandResult(said + "\n" + render(groups, skipped: state.skipped))
    } catch let error as TeachingError {
      return CommandResult(error.description, failed: true)
    } catch let error as StoreError {
      return CommandResult("error: \(error.message)", failed: true)
    } catch {
      return CommandResult("error: \(error)", failed: true)
    }
  }

  /// Stores the decision on `group` and audits it; returns its id.
  @discardableResult
  private static func decide(
    _ group: BacklogInbox.Item, _ state: BacklogState, intent: String?,
    controller: ConsoleController, _ decisions: any BacklogDecisions
  ) throws(StoreError) -> Int64 {
    let settings = controller.session.settings
    let id = try decisions.recordBacklogDecision(
      BacklogDecision(
        label: group.label, state: state,
        intent: state == .ignored ? nil : intent ?? Match.outOfScope,
        decidedBy: settings.agent ?? settings.role.rawValue,
        decidedAt: controller.engine.clock.now(),
        lines: Set(group.texts.map(BacklogDecision.fingerprint))))
    try controller.engine.office(for: settings).auditBacklogDecision(
      label: group.label, state: state, intent: intent, lines: group.texts.count)
    return id
  }

  /// The group to decide on next, with its lines and the choices.
  private static func render(_ groups: [BacklogInbox.Item], skipped: Int) -> String {
    guard !groups.isEmpty else { return "The backlog has nothing new to decide." }
    let position = min(skipped, groups.count - 1)
    let group = groups[position]
    var lines = [
      "Backlog group \(position + 1) of \(groups.count): '\(group.label)', \(group.count)"
        + (group.count == 1 ? " line" : " lines")
    ]
    lines += group.texts.prefix(5).map { "  " + $0 }
    if group.texts.count > 5 { lines.append("  ... and \(group.texts.count - 5) more") }
    lines.append(
      "Type /backlog INTENT (its lines become examples), /backlog oos (out of scope),"
        + " /backlog ignore or /backlog skip.")
    return TextSanitizer.clean(lines.joined(separator: "\n"))
  }
}
