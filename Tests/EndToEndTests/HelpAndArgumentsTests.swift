import Foundation
import TestSupport
import Testing

/// What a newcomer reads first: `--help`, `--version`, `help NAME`, and the refusals of bad numbers.
struct HelpAndArgumentsTests {
  static let globalOptions = ["--db", "--intents", "--as", "--role", "--agent", "--no-color"]

  @Test func topLevelHelpListsTheGlobalOptions() throws {
    let result = try BinaryRunner.run(["--help"])
    #expect(result.status == 0)
    for option in Self.globalOptions {
      #expect(result.stdout.contains("  \(option)"), "\(option) missing from --help")
    }
  }

  /// Subcommand → the global options its usage line shows; the others are accepted but not shown.
  static let usages: [(command: [String], shown: [String])] = [
    (["console"], globalOptions),
    (["ask"], ["--db", "--intents", "--as", "--role", "--agent"]),
    (["classify"], ["--intents"]),
    (["eval"], ["--intents"]),
    (["calibrate"], ["--intents"]),
    (["intents", "import"], []),
    (["intents", "validate"], ["--intents"]),
    (["export"], ["--db", "--as", "--role", "--agent"]),
    (["import"], ["--db", "--as", "--role", "--agent"]),
    (["simulate"], ["--db", "--intents"]),
    (["report"], ["--db"]),
  ]

  @Test(arguments: usages.indices)
  func eachUsageShowsOnlyTheOptionsTheCommandUses(index: Int) throws {
    let (command, shown) = Self.usages[index]
    let result = try BinaryRunner.run(["help"] + command)
    #expect(result.status == 0, "\(result.stderr)")
    let usage = try #require(
      result.stdout.split(separator: "\n").first { $0.hasPrefix("USAGE:") })
    for option in Self.globalOptions {
      #expect(
        usage.contains("[\(option)") == shown.contains(option),
        "\(command.joined(separator: " ")): \(option) in \(usage)")
    }
  }

  @Test func globalOptionsAreStillAcceptedWhereTheyAreNotShown() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["classify", "--db", folder.file("x.sqlite"), "--as", "C-1001", "--no-color"],
      stdin: "hello\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("greeting\t"))
  }

  @Test func roleValuesAreListedOnce() throws {
    for command in [["console"], ["ask"], ["export"]] {
      let result = try BinaryRunner.run(["help"] + command)
      #expect(result.stdout.components(separatedBy: "finance").count == 2, "\(result.stdout)")
    }
    let report = try BinaryRunner.run(["help", "report"])
    #expect(report.stdout.components(separatedBy: "simulated").count == 2, "\(report.stdout)")
  }

  @Test func helpForAnUnknownSubcommandIsAnError() throws {
    for arguments in [["help", "nosuch"], ["help", "intents", "nosuch"]] {
      let result = try BinaryRunner.run(arguments)
      #expect(result.status == 64)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("nosuch"), "\(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count <= 2, "\(result.stderr)")
    }
    #expect(try BinaryRunner.run(["help", "intents", "import"]).status == 0)
  }

  @Test func versionPrintsTheVersionAndTheBuild() throws {
    let result = try BinaryRunner.run(["--version"])
    #expect(result.status == 0, "\(result.stderr)")
    let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(
      line.range(
        of: #"^switchboard \d+\.\d+\.\d+ \((debug|release) build"#, options: .regularExpression)
        != nil, "\(line)")
  }

  @Test(arguments: [
    (["simulate", "--sessions", "-5"], "--sessions"),
    (["simulate", "--sessions", "0"], "--sessions"),
    (["db", "seed-demo", "--scale", "-1"], "--scale"),
  ])
  func negativeCountsAreRefusedAsNotPositive(arguments: [String], option: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(arguments + ["--db", folder.file("x.sqlite")])
    #expect(result.status == 64)
    #expect(result.stderr.contains("\(option) must be a positive number"), "\(result.stderr)")
    #expect(!result.stderr.contains("Missing value"))
  }
}
