import ArgumentParser
import Foundation
import Office

/// The options every subcommand and the bare console accept (see the command-line contract).
///
/// Every command accepts all of them; a command's usage shows only the groups it uses and takes
/// the others hidden (``DatabaseOption``, ``CatalogOption``, ``SpeakerOptions``, ``ColorOption``).
struct GlobalOptions: ParsableArguments {
  @OptionGroup var database: DatabaseOption
  @OptionGroup var catalog: CatalogOption
  @OptionGroup var speaker: SpeakerOptions
  @OptionGroup var color: ColorOption

  init() {}

  /// The options made of the four groups a command parsed.
  init(
    database: DatabaseOption, catalog: CatalogOption, speaker: SpeakerOptions, color: ColorOption
  ) {
    self.database = database
    self.catalog = catalog
    self.speaker = speaker
    self.color = color
  }

  /// `--db`.
  var db: String? { database.db }
  /// `--intents`.
  var intents: String? { catalog.intents }
  /// `--as`.
  var customer: String? { speaker.customer }
  /// `--role`.
  var role: Role? { speaker.role }
  /// `--agent`.
  var agent: String? { speaker.agent }
  /// `--no-color`.
  var noColor: Bool { color.noColor }

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

  /// The options as `switchboard --help` lists them, for the top-level discussion.
  static let helpText = """
    GLOBAL OPTIONS (every subcommand; each usage shows those it uses):
      --db <path>             SQLite database file (default: $SWITCHBOARD_DB,
                              else $XDG_DATA_HOME/switchboard/switchboard.sqlite).
      --intents <dir>         Intent catalog folder (default:
                              $SWITCHBOARD_INTENTS, else intents/ of the checkout).
      --as <customer-id>      Speak as, or on behalf of, this customer.
      --role <role>           \(Role.allCases.map(\.rawValue).joined(separator: ", "))
                              (default: agent; customer with --as).
      --agent <name>          Who is typing; logged on every turn.
      --no-color              No ANSI escapes (NO_COLOR does the same).
    """
}

/// `--db PATH`.
struct DatabaseOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "SQLite database file (default: $SWITCHBOARD_DB, else $XDG_DATA_HOME/switchboard/switchboard.sqlite).",
      valueName: "path"))
  var db: String?
}

/// `--intents DIR`.
struct CatalogOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Intent catalog folder (default: $SWITCHBOARD_INTENTS, else intents/ of the checkout).",
      valueName: "dir"))
  var intents: String?
}

/// `--as CUSTOMER_ID`, `--role ROLE`, `--agent NAME`: who the session speaks as and who types.
struct SpeakerOptions: ParsableArguments {
  @Option(
    name: .customLong("as"),
    help: ArgumentHelp("Speak as, or on behalf of, this customer.", valueName: "customer-id"))
  var customer: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The session's role (default: agent; customer with --as).", valueName: "role"))
  var role: Role?

  @Option(
    name: .long, help: ArgumentHelp("Who is typing; logged on every turn.", valueName: "name"))
  var agent: String?
}

/// `--no-color`.
struct ColorOption: ParsableArguments {
  @Flag(name: .customLong("no-color"), help: "No ANSI escapes (NO_COLOR does the same).")
  var noColor = false
}

extension Role: ExpressibleByArgument {}
