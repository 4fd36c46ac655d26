import ArgumentParser
import Foundation
import IntentMatching

/// `switchboard eval FILE.csv [--json]`: scores the catalog's matcher on labelled data.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Evaluate the intent catalog on a labelled CSV file (columns text, intent).",
    discussion: "Label oos marks an out-of-scope row. Without --json prints a full report.")

  @OptionGroup(visibility: .hidden) var database: DatabaseOption
  @OptionGroup var catalog: CatalogOption
  @OptionGroup(visibility: .hidden) var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Argument(help: "CSV file with a header row holding the columns text and intent.")
  var file: String

  @Flag(name: .long, help: "Print one JSON object with the headline figures.")
  var json = false

  func run() throws {
    let examples = try LabelledDataLoading.read(file)
    let matcher = try CatalogLoading.trainedForCommand(global.intentsDirectory).matcher
    let report = Evaluator.evaluate(matcher, on: examples)
    print(json ? report.json : report.text)
  }
}

/// Reads a labelled CSV file for a command: a problem prints one line and exits with status 2.
enum LabelledDataLoading {
  /// The examples of `path`.
  static func read(_ path: String) throws -> [LabelledExample] {
    do {
      return try LabelledData.read(path: path)
    } catch {
      throw StandardError.fail(error.description, code: 2)
    }
  }
}
