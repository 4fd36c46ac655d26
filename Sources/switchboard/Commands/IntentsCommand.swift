import ArgumentParser
import Dialogue
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
    discussion: """
      Rows labelled oos become out-of-scope examples, not an intent. Optional columns response \
      and response_ja give the intents' answers. A folder that already holds a catalog is \
      refused (exit 2, nothing written) unless --force is given; then only files an earlier \
      import wrote are replaced, and the others stay exactly as they are. --word-vectors names a \
      word-vector table (the repository's lexicon/english.vectors) in settings.yml, so the \
      matcher also weighs the meaning of English words it has not seen in the examples.
      """)

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

  @Flag(name: .long, help: "Import into a folder that already holds a catalog.")
  var force = false

  @Option(
    name: .customLong("word-vectors"),
    help: "Word-vector table the catalog's settings name (lexicon/english.vectors).")
  var wordVectors: String?

  func run() throws {
    var settings = CatalogSettings()
    if let wordVectors {
      do {
        settings.wordVectors = try WordVectors(path: wordVectors)
      } catch {
        throw StandardError.fail("--word-vectors: \(error)", code: 2)
      }
    }
    let examples = try LabelledDataLoading.read(file)
    let files = CatalogWriter.importedCatalog(from: examples, settings: settings)
    let plan: CatalogImportPlan
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      throw StandardError.fail(
        "--out: cannot create \(out): \(FileProblem.reason(error, path: out))", code: 2)
    }
    do {
      plan = try CatalogImportPlan.make(files, into: out, force: force)
      try plan.apply(to: out)
    } catch let problem as CatalogImportPlan.Problem {
      switch problem {
      case .catalogExists: throw StandardError.fail(problem.description, code: 2)
      case .brokenResult(let error): throw StandardError.dataFileError(error)
      }
    } catch {
      throw StandardError.fail(
        "--out: cannot write \(out): \(FileProblem.reason(error, path: out))", code: 2)
    }
    for name in plan.kept {
      StandardError.print("switchboard: kept \(CatalogLoading.join(out, name)) as it was")
    }
    let catalog = try CatalogLoading.trainedForCommand(out).loaded.catalog
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
    abstract: "Check an intent catalog: errors (exit 2) and warnings, with cross-validation.",
    discussion: """
      Errors: a broken file, a handler no handler implements, a slot no recogniser or handler \
      knows, anything wrong in rules.yml, a folder with no intents. Warnings: suspicious \
      overlaps, an intent with no answers and no handler.
      """)

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
    for warning in CatalogLinter.runTimeWarnings(for: loaded.catalog) {
      StandardError.print(warning.description)
      warnings += 1
    }
    let files = (try? CatalogLoader.files(in: directory)) ?? []
    var errors = CatalogLinter.runTimeErrors(
      for: loaded.catalog, directory: directory,
      handlers: Set(HandlerRegistry.backOffice.names),
      handlerSlots: HandlerRegistry.backOffice.slotsFoundInWords,
      files: Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
    )
    .map(\.description)
    do {
      _ = try RuleLoader.load(
        directory: directory, knownIntents: Set(loaded.catalog.intents.map(\.name)))
    } catch {
      errors.append(error.description)
    }
    for error in errors { StandardError.print(error) }
    guard errors.isEmpty else { throw ExitCode(2) }
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
