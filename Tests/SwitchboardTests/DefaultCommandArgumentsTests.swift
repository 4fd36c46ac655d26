import ArgumentParser
import Testing

@testable import switchboard

/// The console's plain arguments are read without ArgumentParser's model; these tests hold the
/// fast reading to ArgumentParser's, and check that everything else is left to ArgumentParser.
struct DefaultCommandArgumentsTests {
  /// What a command line sets, comparable.
  struct Reading: Equatable, CustomStringConvertible {
    var db, intents, customer, role, agent: String?
    var noColor: Bool

    init(_ options: GlobalOptions) {
      db = options.db
      intents = options.intents
      customer = options.customer
      role = options.role?.rawValue
      agent = options.agent
      noColor = options.noColor
    }

    var description: String {
      "db \(db ?? "-") intents \(intents ?? "-") as \(customer ?? "-") role \(role ?? "-") "
        + "agent \(agent ?? "-") no-color \(noColor)"
    }
  }

  static let plainForms: [[String]] = [
    [],
    ["--db", "/tmp/x.sqlite"],
    ["--no-color"],
    ["--as", "C-1001"],
    ["--as", "C-1001", "--role", "agent"],
    ["--role", "finance", "--agent", "ksato", "--db", "x.sqlite"],
    [
      "--intents", "intents", "--db", "a b.sqlite", "--as", "C-1002", "--role", "admin",
      "--agent", "mia", "--no-color",
    ],
    ["--agent", "佐藤", "--no-color", "--db", "db.sqlite"],
  ]

  @Test(arguments: plainForms)
  func readsPlainFormsAsArgumentParserDoes(arguments: [String]) throws {
    let fast = try #require(DefaultCommandArguments.parse(arguments))
    let parsed = try ConsoleCommand.parse(arguments)
    #expect(Reading(fast) == Reading(parsed.global))
  }

  static let leftToArgumentParser: [[String]] = [
    ["--help"], ["-h"], ["help"], ["console"], ["ask", "hello"], ["export", "messages"],
    ["--db=x.sqlite"], ["--db"], ["--db", "-x"], ["--db", "a", "--db", "b"],
    ["--role", "wizard"], ["--role", "Admin"], ["--no-color", "--no-color"], ["--verbose"],
    ["--", "--db"], ["hello"], ["--version"], ["--generate-completion-script", "bash"],
  ]

  @Test(arguments: leftToArgumentParser)
  func leavesEverythingElseToArgumentParser(arguments: [String]) {
    #expect(DefaultCommandArguments.parse(arguments) == nil)
  }
}
