import ArgumentParser
import Console
import Dialogue
import Foundation
import IntentMatching

/// `switchboard classify [--json]`: classifies stdin lines, one result per line, in order.
///
/// A line longer than the console's (``DialogueEngine/maximumLineLength`` characters) is not
/// classified: its result is `oos` with confidence 0 (and, with `--json`, an `error` field), and
/// stderr names the line.
struct ClassifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "classify",
    abstract: "Classify utterances read from stdin, one per line.",
    discussion: """
      Writes INTENT<TAB>CONFIDENCE per line, or JSON Lines with --json. A line over \
      \(DialogueEngine.maximumLineLength) characters is answered oos with confidence 0 (with \
      --json, an "error" field says why) and named on stderr.
      """)

  @OptionGroup(visibility: .hidden) var database: DatabaseOption
  @OptionGroup var catalog: CatalogOption
  @OptionGroup(visibility: .hidden) var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Flag(name: .long, help: "Write JSON Lines {\"text\", \"intent\", \"confidence\"}.")
  var json = false

  func run() throws {
    let (loaded, matcher) = try CatalogLoading.trainedForCommand(global.intentsDirectory)
    let limit = DialogueEngine.maximumLineLength
    let settings = loaded.catalog.settings
    // Read once: the property wrapper's getter costs more than formatting a line's result.
    let json = json
    var output = ""
    func tooLong(_ number: Int, _ size: String) {
      let problem = "too long (\(size), limit \(limit) characters)"
      FileHandle.standardOutput.write(Data(output.utf8))
      output = ""
      FileHandle.standardError.write(
        Data("switchboard: stdin line \(number): \(problem); classified as oos\n".utf8))
      var result = OutputFormat.classification(text: "", intent: "oos", confidence: 0, json: json)
      if json { result = String(result.dropLast()) + ",\"error\":\"line \(problem)\"}" }
      output += result + "\n"
    }
    PipedReader(handle: .standardInput, limit: limit * 4).forEachLine { item in
      switch item {
      case .tooLong(let bytes, let number):
        tooLong(number, "\(bytes) bytes")
      case .line(let text, let number):
        // A line of at most `limit` bytes has at most `limit` characters, uncounted.
        if text.utf8.count > limit {
          let length = text.count
          guard length <= limit else { return tooLong(number, "\(length) characters") }
        }
        let scores = matcher.scores(text)
        let intent = scores.intent(under: settings)
        let result = OutputFormat.classification(
          text: text, intent: intent, confidence: scores.confidence, json: json)
        output += json ? ControlCharacters.escapingInJSON(result) : result
        output += "\n"
      }
      if output.utf8.count > 1 << 16 {
        FileHandle.standardOutput.write(Data(output.utf8))
        output = ""
      }
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }
}
