import ArgumentParser
import Console
import Foundation
import Office

/// `switchboard import ENTITY FILE` and `switchboard import --all DIR` (admin): the company's
/// own records, with the field names of `export`, checked before anything is written and
/// written in one transaction.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read records from CSV or JSON Lines files, all or nothing (admin).",
    discussion: "ENTITY is one of: "
      + ExportEntity.dependencyOrder.map(\.rawValue).joined(separator: ", ")
      + ". The fields are those of export. Every record is checked first (types, required"
      + " fields, statuses, ids, emails, phone numbers, days, amounts, references); each"
      + " problem is printed as FILE:LINE:COLUMN: message (at most 20, then a count), the exit"
      + " status is 2 and nothing is written. Rows are upserted by id; --replace empties each"
      + " entity imported first. With --all DIR, every ENTITY.jsonl or ENTITY.csv of DIR, in"
      + " dependency order, in one transaction.")

  @OptionGroup var database: DatabaseOption
  @OptionGroup(visibility: .hidden) var catalog: CatalogOption
  @OptionGroup var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Argument(help: "The entity the file holds.")
  var entity: String?

  @Argument(help: "The CSV or JSON Lines file.")
  var file: String?

  @Option(
    help: ArgumentHelp(
      "Import every ENTITY.jsonl or ENTITY.csv file of this folder.", valueName: "dir"))
  var all: String?

  @Option(help: "jsonl or csv (default: by the file's extension).")
  var format: ExportFormat?

  @Flag(help: "Empty each entity imported before writing its records.")
  var replace = false

  func validate() throws {
    if all != nil {
      guard entity == nil else { throw ValidationError("give either ENTITY FILE or --all DIR") }
    } else {
      guard entity != nil, file != nil else {
        throw ValidationError("give ENTITY FILE, or --all DIR")
      }
    }
  }

  func run() throws {
    let sources = try self.sources()
    // On a server, only for a role its login may take.
    let principal = Principal(
      role: global.effectiveRole, customerID: global.customer, agent: global.agent)
    let office = BackOffice(
      store: try LoginCap.openStore(global.databasePath, for: principal), principal: principal,
      clock: { Date() })
    var progress = ImportProgressBar(
      terminal: isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb")
    let result: OfficeResult<ImportReport>
    do {
      result = try office.importRecords(sources, replace: replace) { progress.update($0) }
    } catch {
      throw StandardError.fail(error)
    }
    switch result {
    case .found(let report):
      guard report.written else {
        for problem in report.problems { StandardError.print(problem.description) }
        let more = report.problemCount - report.problems.count
        StandardError.print(
          (more > 0 ? "... and \(more) more; " : "") + "\(report.problemCount) "
            + (report.problemCount == 1 ? "problem" : "problems") + "; nothing was written")
        throw ExitCode(2)
      }
      for (entity, count) in report.rows {
        print(entity.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0) + String(count))
      }
      print("imported \(report.rows.reduce(0) { $0 + $1.count }) rows")
    case .notFound:
      throw StandardError.fail("import: nothing to import", code: 2)
    case .forbidden(let roles):
      throw StandardError.fail(
        "import: needs the \(roles.map(\.rawValue).joined(separator: " or ")) role; this is "
          + global.effectiveRole.rawValue, code: 2)
    }
  }

  /// The files named on the command line.
  private func sources() throws -> [ImportSource] {
    if let all {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: all, isDirectory: &isFolder), isFolder.boolValue
      else { throw StandardError.fail("--all: no folder \(all)", code: 2) }
      do {
        let found = try ImportSource.folder(all, format: format)
        guard !found.isEmpty else {
          throw StandardError.fail("--all: no ENTITY.jsonl or ENTITY.csv file in \(all)", code: 2)
        }
        return found
      } catch let problem as ImportProblem {
        throw StandardError.fail(problem.description, code: 2)
      }
    }
    let (name, path) = (entity ?? "", file ?? "")
    guard let entity = ExportEntity(rawValue: name) else {
      let valid = ExportEntity.dependencyOrder.map(\.rawValue).joined(separator: ", ")
      throw StandardError.fail("unknown entity '\(name)'; valid entities: \(valid)", code: 2)
    }
    guard FileManager.default.fileExists(atPath: path) else {
      throw StandardError.fail("\(path): no such file", code: 2)
    }
    guard let chosen = format ?? ImportSource.format(ofPath: path) else {
      throw StandardError.fail(
        "\(path): give --format jsonl or csv (the extension names neither)", code: 2)
    }
    return [ImportSource(entity: entity, path: path, format: chosen)]
  }
}

/// The progress of an import on stderr: a bar per large file on a terminal, plain lines
/// otherwise; small files (under 1 MiB) show nothing.
private struct ImportProgressBar {
  let terminal: Bool
  private var reporter: ProgressReporter?
  private var path = ""

  init(terminal: Bool) {
    self.terminal = terminal
  }

  mutating func update(_ progress: ImportProgress) {
    guard progress.totalBytes >= 1 << 20 else { return }
    if progress.path != path {
      path = progress.path
      reporter = ProgressReporter(
        total: progress.totalBytes,
        label: "bytes of " + URL(fileURLWithPath: progress.path).lastPathComponent,
        terminal: terminal, write: { FileHandle.standardError.write(Data($0.utf8)) })
    }
    reporter?.update(min(progress.bytesRead, progress.totalBytes))
  }
}
