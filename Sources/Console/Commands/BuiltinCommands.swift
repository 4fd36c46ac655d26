import Dialogue
import Foundation
import IntentMatching
import Office

/// The console's built-in slash commands, in `/help` order.
enum BuiltinCommands {
  static var all: [SlashCommand] {
    [
      SlashCommand(name: "help", summary: "List the commands.", run: help),
      SlashCommand(name: "quit", summary: "Close the conversation and leave.", run: quit),
      SlashCommand(
        name: "as", usage: "ID",
        summary: "Speak as (or for) customer ID; a new conversation starts.",
        completion: .customers, run: speakAs),
      customer,
      SlashCommand(
        name: "end", usage: "[resolved|escalated]",
        summary: "Close the conversation with its outcome.",
        completion: .words(["resolved", "escalated"]), run: end),
      SlashCommand(
        name: "why",
        summary: "Explain the last line: top intents, scores, threshold, matched words.",
        run: why),
      SlashCommand(
        name: "intents", usage: "[FILTER]", summary: "List the intents, or those matching FILTER.",
        completion: .intents, run: intents),
      SlashCommand(
        name: "reload", summary: "Re-read the intent catalog (a broken file keeps the old one).",
        run: reload),
      SlashCommand(
        name: "save", usage: "FILE.chat",
        summary: "Save the conversation so far as a transcript for `switchboard test`.",
        run: { save($0, $1, replacing: false) }),
      SlashCommand(
        name: "save!", usage: "FILE.chat", summary: "Save it, replacing an existing transcript.",
        run: { save($0, $1, replacing: true) }),
    ]
  }

  private static func help(_ controller: ConsoleController, _ arguments: String) -> CommandResult {
    let rows = controller.registry.commands.map { command in
      ["/" + command.name + (command.usage.isEmpty ? "" : " " + command.usage), command.summary]
    }
    return CommandResult(
      TableRenderer.render(header: ["command", "what it does"], rows: rows)
        + "\nAnything else is a question for the console, in English or Japanese.")
  }

  private static func quit(_ controller: ConsoleController, _ arguments: String) -> CommandResult {
    if let problem = controller.finish() { return CommandResult(problem, quit: true, failed: true) }
    return CommandResult("Goodbye.", quit: true)
  }

  private static func speakAs(_ controller: ConsoleController, _ arguments: String)
    -> CommandResult
  {
    guard controller.mayImpersonate else {
      return CommandResult("/as is not available in a customer session.", failed: true)
    }
    let id = arguments.trimmingCharacters(in: .whitespaces).uppercased()
    guard !id.isEmpty else {
      return CommandResult("usage: /as ID (for example /as C-1001)", failed: true)
    }
    // The customer is read through the back office as the staff member typing (the role before
    // any earlier /as made it a customer session), so the read is checked and audited.
    var staff = controller.session.settings
    if !staff.roleIsExplicit { staff.role = .agent }
    staff.customerID = nil
    do {
      let customer: Customer
      switch try controller.engine.office(for: staff).customer(id: id) {
      case .found(let found): customer = found
      case .notFound: return CommandResult("No customer \(id).", failed: true)
      case .forbidden(let roles):
        let names = roles.filter { $0 != .admin && $0 != .customer }.map(\.rawValue)
        return CommandResult(
          "/as needs the \(names.joined(separator: " or ")) role; this session is"
            + " \(staff.role.rawValue).", failed: true)
      }
      try controller.engine.switchCustomer(of: controller.session, to: customer.id)
      let role = controller.session.settings.role.rawValue
      return CommandResult("Now speaking as \(customer.id) (\(customer.name)), role \(role).")
    } catch let error as StoreError {
      return CommandResult("error: \(error.message)", failed: true)
    } catch {
      return CommandResult("error: \(error)", failed: true)
    }
  }

  private static func end(_ controller: ConsoleController, _ arguments: String) -> CommandResult {
    let word = arguments.trimmingCharacters(in: .whitespaces).lowercased()
    var outcome: ConversationOutcome?
    switch word {
    case "": outcome = nil
    case "resolved": outcome = .resolved
    case "escalated": outcome = .escalated
    default:
      return CommandResult("usage: /end [resolved|escalated]", failed: true)
    }
    guard controller.session.conversationID != nil else {
      return CommandResult("No conversation is open.")
    }
    do {
      try controller.engine.endConversation(of: controller.session, outcome: outcome)
      return CommandResult("Conversation closed\(word.isEmpty ? "" : " (\(word))").")
    } catch {
      return CommandResult("error: \(error.description)", failed: true)
    }
  }

  private static func why(_ controller: ConsoleController, _ arguments: String) -> CommandResult {
    guard let utterance = controller.session.lastUtterance,
      let explanation = controller.engine.explainLast(in: controller.session)
    else {
      return CommandResult("Nothing to explain yet: type a question first.")
    }
    return CommandResult(
      TextSanitizer.clean(
        ExplanationRenderer.render(
          explanation, utterance: utterance, decision: controller.session.lastDecision)))
  }

  private static func intents(_ controller: ConsoleController, _ arguments: String)
    -> CommandResult
  {
    let filter = arguments.trimmingCharacters(in: .whitespaces).lowercased()
    let rows = controller.engine.catalog.intents
      .filter {
        filter.isEmpty || $0.name.contains(filter)
          || ($0.description?.lowercased().contains(filter) ?? false)
      }
      .map { [$0.name, $0.handler == nil ? "answer" : "back office", $0.description ?? ""] }
    guard !rows.isEmpty else { return CommandResult("No intent matches '\(filter)'.") }
    return CommandResult(
      TableRenderer.render(header: ["intent", "kind", "description"], rows: rows))
  }

  private static func reload(_ controller: ConsoleController, _ arguments: String)
    -> CommandResult
  {
    do {
      let (catalog, classifier) = try controller.reloadCatalog()
      controller.engine.replaceCatalog(catalog, classifier: classifier)
      return CommandResult("Reloaded \(catalog.intents.count) intents.")
    } catch {
      return CommandResult(
        "\(error)\nThe previous catalog stays in force.", failed: true)
    }
  }

  /// `/save FILE.chat` and `/save! FILE.chat` (see ``TranscriptFile``); staff sessions only.
  private static func save(_ controller: ConsoleController, _ arguments: String, replacing: Bool)
    -> CommandResult
  {
    let command = replacing ? "/save!" : "/save"
    guard controller.mayImpersonate else {
      return CommandResult("/save is not available in a customer session.", failed: true)
    }
    let path = arguments.trimmingCharacters(in: .whitespaces)
    guard !path.isEmpty else { return CommandResult("usage: \(command) FILE.chat", failed: true) }
    let session = controller.session
    guard !session.turns.isEmpty else {
      return CommandResult("Nothing to save: the conversation has no turns yet.")
    }
    let text = TranscriptWriter.text(
      for: session.turns, settings: session.settings, referenceDay: controller.engine.referenceDay)
    do {
      try TranscriptFile.write(text, to: path, replacing: replacing)
      return CommandResult("Saved \(session.turns.count) turns to \(path).")
    } catch {
      return CommandResult(error.description, failed: true)
    }
  }
}
