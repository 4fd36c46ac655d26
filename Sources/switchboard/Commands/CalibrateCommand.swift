import ArgumentParser
import Foundation
import IntentMatching

/// `switchboard calibrate FILE.csv`: chooses the out-of-scope threshold (and margin) from labelled
/// data and stores them in the catalog's settings.
struct CalibrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calibrate",
    abstract: "Choose the out-of-scope threshold and margin from a labelled CSV file.",
    discussion: """
      Picks the highest in-scope accuracy + oos recall among the settings that cost at most \
      --budget of in-scope accuracy, and writes threshold and margin into the catalog file that \
      holds settings (the rest of the file is kept).
      """)

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

  @Option(help: "In-scope accuracy the out-of-scope rule may cost (0..1).")
  var budget: Double = Calibrator.defaultBudget

  @Flag(name: .long, help: "Print the choice without writing it.")
  var dryRun = false

  func run() throws {
    guard (0...1).contains(budget) else {
      throw StandardError.fail("--budget must be between 0 and 1", code: 2)
    }
    let examples = try LabelledDataLoading.read(file)
    let directory = global.intentsDirectory
    let matcher = try CatalogLoading.trainedForCommand(directory).matcher
    let scores = Evaluator.scores(of: matcher, on: examples)
    let result = Calibrator.calibrate(scores: scores, examples: examples, budget: budget)
    let n = OutputFormat.number
    print("threshold \(n(result.settings.threshold))  margin \(n(result.settings.margin))")
    print(result.report.summary)
    print("in-scope accuracy without a threshold: \(n(result.referenceInScopeAccuracy))")
    guard !dryRun else { return }
    do {
      let path = try SettingsUpdater.store(result.settings, inCatalog: directory)
      print("wrote \(path)")
    } catch {
      StandardError.print(error.description)
      throw ExitCode(2)
    }
  }
}
