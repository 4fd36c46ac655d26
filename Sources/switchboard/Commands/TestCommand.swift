import ArgumentParser
import Console
import Dialogue
import Foundation

/// `switchboard test FILE...`: runs `*.chat` transcripts and reports failing expectations.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run transcript files (*.chat); exit 1 when any expectation fails.",
    discussion: """
      Without --db (and without $SWITCHBOARD_DB) the transcripts run on a fresh demo database \
      in a temporary folder, so that they replay identically.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Transcript files.")
  var files: [String]

  func run() throws {
    let scratch = try scratchDatabase()
    defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
    let wiring = try Wiring(
      global: global, channel: .test,
      databasePath: scratch.map { $0 + "/transcripts.sqlite" }, resolveDates: false)
    let runner = TranscriptRunner(engine: wiring.engine) { line, session in
      let controller = ConsoleController(
        engine: wiring.engine, session: session, style: Style(enabled: false),
        showsIntentTags: false, reloadCatalog: { throw ExitCode(1) })
      return controller.handle(line).output
    }
    var report = TranscriptRunner.Report()
    for file in files {
      let text: String
      do {
        text = try String(contentsOfFile: file, encoding: .utf8)
      } catch {
        report.failures.append(
          TranscriptRunner.Failure(path: file, line: 0, message: "cannot read the file"))
        continue
      }
      do {
        let transcript = try TranscriptParser.parse(text, path: file)
        runner.run(transcript, into: &report)
      } catch {
        report.failures.append(
          TranscriptRunner.Failure(path: file, line: error.line, message: error.description))
      }
    }
    for failure in report.failures { print(TextSanitizer.clean(failure.description)) }
    print(report.summary)
    if !report.failures.isEmpty { throw ExitCode(1) }
  }

  /// A temporary folder for the database, unless one was chosen.
  private func scratchDatabase() throws -> String? {
    let environment = ProcessInfo.processInfo.environment
    guard global.db == nil, (environment["SWITCHBOARD_DB"] ?? "").isEmpty else { return nil }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("switchboard-test-\(getpid())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }
}
