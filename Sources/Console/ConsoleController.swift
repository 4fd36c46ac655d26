import Dialogue
import Foundation
import IntentMatching
import Office

/// Turns one typed line into what the console prints: a slash command or a conversation turn.
///
/// The interactive console, the piped reader and transcript replays all go through here, so the
/// three modes answer alike.
public final class ConsoleController {
  /// Re-reads the intent catalog (`/reload`); throws a printable error.
  public typealias CatalogReloader = () throws -> (IntentCatalog, any IntentClassifier)

  /// The engine answering turns.
  public let engine: DialogueEngine
  /// The session typed into.
  public let session: Session
  /// Colours (off in piped mode).
  public let style: Style
  /// Whether replies carry a dim `[intent confidence]` tag (interactive only).
  public let showsIntentTags: Bool
  /// Whether `/as` may switch customers (not when the session started as a customer).
  public let mayImpersonate: Bool
  /// The slash commands.
  public internal(set) var registry = CommandRegistry([])
  let reloadCatalog: CatalogReloader

  /// Creates a controller with the built-in commands.
  public init(
    engine: DialogueEngine, session: Session, style: Style, showsIntentTags: Bool,
    reloadCatalog: @escaping CatalogReloader
  ) {
    self.engine = engine
    self.session = session
    self.style = style
    self.showsIntentTags = showsIntentTags
    self.mayImpersonate = session.settings.role != .customer
    self.reloadCatalog = reloadCatalog
    self.registry = CommandRegistry(BuiltinCommands.all)
  }

  /// Handles one line and returns what to print.
  public func handle(_ rawLine: String) -> CommandResult {
    let line = TextSanitizer.clean(rawLine).trimmed
    if line.isEmpty { return CommandResult("") }
    if line.hasPrefix("/") { return runCommand(line) }
    do {
      let turn = try engine.respond(to: line, in: session)
      var text = TextSanitizer.clean(turn.reply)
      if showsIntentTags {
        text += " " + style.dim(TurnTag.text(for: turn))
      }
      return CommandResult(text)
    } catch .disconnected(let error) {
      // The store reconnects at its next call: the console goes on, and says so.
      return CommandResult(
        style.error(
          "error: \(error.message); this line is not in the log, the next line reconnects"),
        failed: true)
    } catch {
      return CommandResult(style.error("error: \(error.description)"), failed: true)
    }
  }

  /// Handles `lines` in order as one unit of work (piped mode: their turns are committed
  /// together), stopping after a line that quits, and returns what to print for each line
  /// handled. When the commit fails, none of their replies may be shown: the answer is then one
  /// failed, quitting result with the error line.
  public func handleTogether(_ lines: [String]) -> [CommandResult] {
    do {
      return try engine.together {
        var results: [CommandResult] = []
        results.reserveCapacity(lines.count)
        for line in lines {
          let result = handle(line)
          results.append(result)
          if result.quit { break }
        }
        return results
      }
    } catch {
      return [
        CommandResult(
          style.error("error: \(error.description)")
            + " (the replies since the last commit were not shown)", quit: true, failed: true)
      ]
    }
  }

  /// Closes the open conversation (end of input, Ctrl-D, `/quit`).
  public func finish() -> String? {
    do {
      try engine.endConversation(of: session)
      return nil
    } catch {
      return "error: \(error.description)"
    }
  }

  /// The prompt: agent, role and current customer.
  public var prompt: String {
    let settings = session.settings
    var parts = [settings.agent ?? "switchboard", settings.role.rawValue]
    if let customer = settings.customerID { parts.append(customer) }
    return parts.joined(separator: "·") + "> "
  }

  private func runCommand(_ line: String) -> CommandResult {
    let body = line.dropFirst()
    let name = String(body.prefix { !$0.isWhitespace })
    let arguments = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
    if let command = registry.command(named: name) {
      return command.run(self, arguments)
    }
    var message = "Unknown command /\(name)."
    if let closest = registry.closest(to: name) { message += " Did you mean /\(closest)?" }
    return CommandResult(message + " Type /help for the list.", failed: true)
  }

  /// A confidence as text with two decimals.
  static func format(_ value: Double) -> String {
    String(format: "%.2f", value)
  }
}
