import Dialogue
import Foundation
import IntentMatching
import Office

/// What the teaching commands remember in one console session.
final class TeachingState {
  /// The intents `/teach` offered for ``choicesLine``, numbered from 1.
  var choices: [String] = []
  /// The line the choices are for.
  var choicesLine: String?
  /// The examples taught, oldest first (`/untaught` takes the last).
  var taught: [TaughtExample] = []
  /// How many new backlog groups `/backlog skip` passed over.
  var skipped = 0
}

extension BuiltinCommands {
  /// `/teach [INTENT|N]` and `/untaught`, sharing one session's state (staff: agent and admin).
  static func teachingCommands(_ state: TeachingState = TeachingState()) -> [SlashCommand] {
    [
      SlashCommand(
        name: "teach", usage: "[INTENT]",
        summary: "Add the last line as an example of INTENT and retrain (no INTENT: choices).",
        completion: .intents, run: { teach($0, $1, state) }),
      SlashCommand(
        name: "untaught", summary: "Remove the last example taught in this session and retrain.",
        run: { untaught($0, $1, state) }),
      backlogCommand(state),
    ]
  }

  private static func teach(
    _ controller: ConsoleController, _ arguments: String,
    _ state: TeachingState
  ) -> CommandResult {
    let argument = arguments.trimmingCharacters(in: .whitespaces)
    if let refused = refusal(controller, intent: argument) { return refused }
    guard let line = controller.session.lastUtterance else {
      return CommandResult("Nothing to teach yet: type a question first.")
    }
    if argument.isEmpty { return offerChoices(controller, line: line, state) }
    var intent = argument
    if let number = Int(argument) {
      guard state.choicesLine == line, state.choices.indices.contains(number - 1) else {
        return CommandResult("No choice \(number): type /teach for the choices.", failed: true)
      }
      intent = state.choices[number - 1]
    }
    guard controller.engine.catalog.intent(named: intent) != nil else {
      return CommandResult(
        "No intent '\(intent)'. /intents lists them; /teach offers the likeliest.", failed: true)
    }
    let result = teachLine(line, to: intent, controller: controller, state)
    state.choices = []
    state.choicesLine = nil
    return result
  }

  /// Adds `line` to `intent` (nil: out of scope), audits it and says so.
  static func teachLine(
    _ line: String, to intent: String?, controller: ConsoleController, _ state: TeachingState
  ) -> CommandResult {
    let name = intent ?? Match.outOfScope
    if let intent,
      controller.engine.catalog.intent(named: intent)?.examples.contains(where: {
        $0.text == line
      }) == true
    {
      return CommandResult("'\(line)' is already an example of \(intent).")
    }
    do {
      let taught = try CatalogTeacher.add(line, to: intent, controller: controller)
      state.taught.append(taught)
      try controller.engine.office(for: controller.session.settings).auditTeaching(
        line: line, intent: name, file: taught.path)
      let place = "\(taught.path):\(taught.line + taught.lines.count - 1)"
      let what = intent == nil ? "an out-of-scope example" : "an example of \(name)"
      return CommandResult(
        "Taught '\(line)' as \(what) (\(place)); the matcher is retrained. /untaught takes it"
          + " back.")
    } catch let error as TeachingError {
      return CommandResult(error.description, failed: true)
    } catch {
      return CommandResult("error: \(error)", failed: true)
    }
  }

  private static func offerChoices(
    _ controller: ConsoleController, line: String, _ state: TeachingState
  ) -> CommandResult {
    guard let explanation = controller.engine.explainLast(in: controller.session),
      !explanation.candidates.isEmpty
    else {
      return CommandResult("Nothing to teach yet: type a question first.")
    }
    let candidates = Array(explanation.candidates.prefix(3))
    state.choices = candidates.map(\.intent)
    state.choicesLine = line
    let rows = candidates.enumerated().map { index, candidate in
      [String(index + 1), candidate.intent, ConsoleController.format(candidate.score)]
    }
    let numbers = (1...candidates.count).map(String.init).joined(separator: ", ")
    return CommandResult(
      TextSanitizer.clean("Teach '\(line)' as which intent?") + "\n"
        + TableRenderer.render(header: ["#", "intent", "score"], rows: rows)
        + "\nType /teach N (\(numbers)) or /teach INTENT.")
  }

  private static func untaught(
    _ controller: ConsoleController, _ arguments: String, _ state: TeachingState
  ) -> CommandResult {
    guard let taught = state.taught.last else {
      if let refused = refusal(controller, intent: "") { return refused }
      return CommandResult("Nothing was taught in this session.")
    }
    if let refused = refusal(controller, intent: taught.intentName) { return refused }
    do {
      try CatalogTeacher.remove(taught, controller: controller)
      state.taught.removeLast()
      try controller.engine.office(for: controller.session.settings).auditTeaching(
        line: taught.text, intent: taught.intentName, file: taught.path, removed: true)
      return CommandResult(
        "Removed '\(taught.text)' from \(taught.intentName) (\(taught.path)); the matcher is"
          + " retrained.")
    } catch let error as TeachingError {
      return CommandResult(error.description, failed: true)
    } catch {
      return CommandResult("error: \(error)", failed: true)
    }
  }

  /// The refusal to print when the session may not teach (audited), else nil.
  static func refusal(_ controller: ConsoleController, intent: String) -> CommandResult? {
    let settings = controller.session.settings
    do {
      guard
        let roles = try controller.engine.office(for: settings).teachingRefusal(
          intent: intent.isEmpty ? "-" : intent)
      else { return nil }
      return CommandResult(
        "Teaching needs the \(roles.map(\.rawValue).joined(separator: " or ")) role; this"
          + " session is \(settings.role.rawValue).", failed: true)
    } catch {
      return CommandResult("error: \(error.message)", failed: true)
    }
  }
}
