import Foundation
import TestSupport
import Testing

/// A catalog folder with no intents is refused by every command that would answer from it, with
/// the same located line `intents validate` gives and exit status 2: before, `--intents` on an
/// empty folder was accepted and the bot answered every line out of scope.
@Suite struct EmptyCatalogTests {
  private static let refusal =
    ":1:1: error: the catalog has no intents: every line would be out of scope"

  /// A folder holding only a rules file and a stray text file: no intent file at all.
  private func emptyCatalog(in folder: TemporaryFolder) throws -> String {
    let directory = folder.file("empty")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try "notes\n".write(toFile: directory + "/README.txt", atomically: true, encoding: .utf8)
    return directory
  }

  @Test(arguments: [
    ["ask", "hello"], ["classify"], ["--db", "DB"], ["eval", "DATA"], ["calibrate", "DATA"],
    ["simulate", "--sessions", "1", "--db", "DB"],
  ])
  func everyCommandRefusesAFolderWithoutIntents(_ arguments: [String]) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let directory = try emptyCatalog(in: folder)
    let data = folder.file("data.csv")
    try "text,intent\nhello there,greeting\n".write(toFile: data, atomically: true, encoding: .utf8)
    let database = folder.file("x.sqlite")
    let command =
      arguments.map { $0 == "DB" ? database : $0 == "DATA" ? data : $0 }
      + ["--intents", directory]
    let result = try BinaryRunner.run(
      command + (arguments.first == "ask" ? ["--db", database] : []), stdin: "hello\n",
      environment: ["SWITCHBOARD_CACHE": folder.file("cache")])
    #expect(result.status == 2, "\(command): \(result.stdout) \(result.stderr)")
    #expect(result.stdout.isEmpty, "\(command)")
    #expect(result.stderr.split(separator: "\n").first.map(String.init) == directory + Self.refusal)
  }

  @Test func aFolderWithOneIntentIsAccepted() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let directory = try emptyCatalog(in: folder)
    let file =
      "intents:\n  - name: greeting\n    examples: [hello, hi there]\n    answers:\n      en: Hello!\n"
    try file.write(
      toFile: directory + "/faq.yml", atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(
      ["classify", "--intents", directory], stdin: "hello\n",
      environment: ["SWITCHBOARD_CACHE": folder.file("cache")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("greeting\t"))
  }
}
