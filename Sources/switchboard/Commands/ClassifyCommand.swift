import ArgumentParser
import Foundation
import IntentMatching

/// `switchboard classify [--json]`: classifies stdin lines, one result per line, in order.
struct ClassifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "classify",
    abstract: "Classify utterances read from stdin, one per line.",
    discussion: "Writes INTENT<TAB>CONFIDENCE per line, or JSON Lines with --json.")

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
    let loaded = try CatalogLoading.load(global.intentsDirectory)
    let matcher = KeywordMatcher(catalog: loaded.catalog)
    var output = ""
    while let line = readLine(strippingNewline: true) {
      let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
      let scores = matcher.scores(text)
      let intent = scores.intent(under: loaded.catalog.settings)
      output += OutputFormat.classification(
        text: text, intent: intent, confidence: scores.confidence, json: json)
      output += "\n"
      if output.utf8.count > 1 << 16 {
        FileHandle.standardOutput.write(Data(output.utf8))
        output = ""
      }
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }
}
