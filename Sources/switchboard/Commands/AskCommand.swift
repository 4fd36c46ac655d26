import ArgumentParser
import Console
import Dialogue
import Foundation

/// `switchboard ask TEXT [--json]`: one turn, logged like any other.
struct AskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer one line; with --json print {intent, confidence, slots, response}."
  )

  @OptionGroup var database: DatabaseOption
  @OptionGroup var catalog: CatalogOption
  @OptionGroup var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Argument(help: "The line to answer.")
  var text: String

  @Flag(help: "Print one JSON object instead of the reply.")
  var json = false

  func run() throws {
    let wiring = try Wiring(global: global, channel: .ask, resolveDates: true)
    let turn: Dialogue.Turn
    do {
      turn = try wiring.engine.respond(to: TextSanitizer.clean(text), in: wiring.session)
      try wiring.engine.endConversation(of: wiring.session)
    } catch {
      throw StandardError.fail(error.description)
    }
    guard json else {
      print(TextSanitizer.clean(turn.reply))
      return
    }
    // One turn has no conversation before it: the intent acted on is the matcher's (or oos),
    // and so is the confidence.
    let confidence = turn.confidence ?? turn.decision.matcher.confidence
    let answer = AskAnswer(
      intent: turn.intent, confidence: (confidence * 10_000).rounded() / 10_000,
      slots: turn.slots, response: turn.reply, decision: turn.decision.kind.rawValue)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(answer), as: UTF8.self))
  }
}

/// The JSON object of `ask --json` (see the command-line contract).
struct AskAnswer: Encodable {
  var intent: String
  var confidence: Double
  var slots: [String: String]
  var response: String
  /// The kind of decision (`new_request`, `out_of_scope`, `refused`, ...).
  var decision: String
}
