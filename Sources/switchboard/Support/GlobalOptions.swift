import ArgumentParser
import Foundation
import Office

/// The options every subcommand and the bare console accept (see the command-line contract).
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      "SQLite database file (default: $SWITCHBOARD_DB, else $XDG_DATA_HOME/switchboard/switchboard.sqlite)."
  )
  var db: String?

  @Option(
    name: .long,
    help: "Intent catalog folder (default: $SWITCHBOARD_INTENTS, else intents/ of the checkout).")
  var intents: String?

  @Option(name: .customLong("as"), help: "Speak as, or on behalf of, this customer id.")
  var customer: String?

  @Option(
    name: .long,
    help: "customer, agent, finance, hr, it, legal or admin (default: agent; customer with --as).")
  var role: Role?

  @Option(name: .long, help: "Who is typing; logged on every turn.")
  var agent: String?

  @Flag(name: .customLong("no-color"), help: "No ANSI escapes (NO_COLOR does the same).")
  var noColor = false

  /// The role in force: `--role`, else `customer` with `--as`, else `agent`.
  var effectiveRole: Role {
    if let role { return role }
    return customer == nil ? .agent : .customer
  }

  /// The database path in force.
  var databasePath: String {
    Paths.databasePath(option: db, environment: ProcessInfo.processInfo.environment)
  }

  /// The intent catalog folder in force.
  var intentsDirectory: String {
    Paths.intentsDirectory(option: intents, environment: ProcessInfo.processInfo.environment)
  }

  /// Whether colour is allowed by the options and the environment.
  var colorAllowed: Bool {
    !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }
}

extension Role: ExpressibleByArgument {}
