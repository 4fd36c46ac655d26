import ArgumentParser
import Foundation
import IntentMatching

/// `switchboard intents`: catalog tooling (import from labelled data, validate).
struct IntentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "intents", abstract: "Intent catalog tools.",
    subcommands: [IntentsImportCommand.self, IntentsValidateCommand.self])
}

/// `switchboard intents import FILE.csv --out DIR`: writes a catalog from labelled examples.
struct IntentsImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Write an intent catalog built from a labelled CSV file (columns text, intent).",
    discussion: "Rows labelled oos become out-of-scope examples, not an intent.")

  @OptionGroup(visibility: .hidden) var database: DatabaseOption
  @OptionGroup(visibility: .hidden) var catalog: CatalogOption
  @OptionGroup(visibility: .hidden) var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Argument(help: "CSV file with a header row holding the columns text and intent.")
  var file: String

  @Option(help: "Folder to write the catalog into (created when missing).")
  var out: String

  func run() throws {
    let examples = try LabelledDataLoading.read(file)
    let files = CatalogWriter.importedCatalog(from: examples)
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      throw StandardError.fail(
        "--out: cannot create \(out): \(FileProblem.reason(error, path: out))", code: 2)
    }
    do {
      try CatalogWriter.write(files, to: out)
    } catch {
      throw StandardError.fail(error.description, code: 2)
    }
    let loaded = try CatalogLoading.load(out)
    let catalog = loaded.catalog
    print(
      "wrote \(out): \(catalog.intents.count) intents, "
        + "\(catalog.intents.map(\.examples.count).reduce(0, +)) examples, "
        + "\(catalog.outOfScopeExamples.count) out-of-scope examples")
  }
}

/// `switchboard intents validate [DIR]`: loads a catalog and reports errors and warnings.
struct IntentsValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check an intent catalog: errors (exit 2) and warnings, with cross-validation.")

  @OptionGroup(visibility: .hidden) var database: DatabaseOption
  @OptionGroup var catalog: CatalogOption
  @OptionGroup(visibility: .hidden) var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Argument(help: "Catalog folder (default: --intents, $SWITCHBOARD_INTENTS or intents/).")
  var directory: String?

  @Flag(name: .long, help: "Skip the cross-validation check.")
  var noCrossValidation = false

  func run() throws {
    let directory = self.directory ?? global.intentsDirectory
    let loaded = try CatalogLoading.load(directory, showWarnings: true)
    var warnings = loaded.warnings.count
    if !noCrossValidation {
      for warning in CrossValidator.warnings(for: loaded.catalog) {
        StandardError.print(warning.description)
        warnings += 1
      }
    }
    let catalog = loaded.catalog
    print(
      "\(directory): \(catalog.intents.count) intents, "
        + "\(catalog.intents.map(\.examples.count).reduce(0, +)) examples, "
        + "\(warnings) warning\(warnings == 1 ? "" : "s")")
  }
}
