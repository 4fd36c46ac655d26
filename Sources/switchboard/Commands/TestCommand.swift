import ArgumentParser
import Console
import Dialogue
import Foundation
import Office

/// `switchboard test [-j N] [--junit FILE] FILE_OR_DIR...`: runs `*.chat` transcripts and
/// reports failing expectations.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run transcript files (*.chat); exit 1 when any expectation fails.",
    discussion: """
      Every file starts from the same records whatever ran before it: the demo company as \
      seeded, or the database named by --db (or $SWITCHBOARD_DB) as it was before the run, \
      which the run never changes. A directory runs every *.chat file under it. Failures are \
      printed in file order, with -j as without.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(name: .customShort("j"), help: "How many files to run at once.")
  var jobs = 1

  @Option(help: "Also write the results as JUnit XML to this file.")
  var junit: String?

  @Argument(help: "Transcript files, or directories of them.")
  var files: [String]

  func validate() throws {
    guard jobs >= 1 else {
      throw StandardError.fail("-j: expected at least 1, got \(jobs)", code: 2)
    }
  }

  func run() throws {
    let transcripts: [TranscriptFiles.File]
    do {
      transcripts = try TranscriptFiles.read(files)
    } catch {
      throw StandardError.fail(error.description, code: 2)
    }
    // On a server address, the login caps the roles the files take, as at every door.
    try LoginCap.checkTranscripts(global.databasePath, transcripts)
    let base = try TranscriptBase(global: global)
    let outcomes = TranscriptWorkers.run(transcripts, workers: jobs, base: base)
    base.finish()
    var report = TranscriptRunner.Report()
    for outcome in outcomes { report.append(outcome.report) }
    if let junit {
      let suites = outcomes.map {
        JUnitWriter.Suite(path: $0.path, report: $0.report, seconds: $0.seconds)
      }
      do {
        try Data(JUnitWriter.xml(suites).utf8).write(
          to: URL(fileURLWithPath: junit), options: .atomic)
      } catch {
        throw StandardError.fail("--junit: cannot write \(junit)", code: 2)
      }
    }
    for failure in report.failures { print(TextSanitizer.clean(failure.description)) }
    print(report.summary)
    if !report.failures.isEmpty { throw ExitCode(1) }
  }
}
