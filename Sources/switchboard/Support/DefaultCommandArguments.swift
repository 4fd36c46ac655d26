import Office

/// Reads the arguments of the default command (the console) when they take the plain form
/// `[--db PATH] [--intents DIR] [--as ID] [--role ROLE] [--agent NAME] [--no-color]`, each at most
/// once and no value starting with `-`, without building ArgumentParser's model of every
/// subcommand: that model costs about 15 M instructions at start-up, a third of the time to the
/// first reply. Anything else (a subcommand, `--help`, `--db=PATH`, a repeated or unknown option, a
/// bad role) is left to ArgumentParser, which parses and reports it as the contract says; tests
/// check that both read the plain forms alike.
enum DefaultCommandArguments {
  /// The options `arguments` (without the program name) give, or `nil` to let ArgumentParser read
  /// them.
  static func parse(_ arguments: [String]) -> GlobalOptions? {
    var db: String?
    var intents: String?
    var customer: String?
    var role: Role?
    var agent: String?
    var noColor = false
    var seen: Set<String> = []
    var position = 0
    while position < arguments.count {
      let name = arguments[position]
      guard seen.insert(name).inserted else { return nil }
      if name == "--no-color" {
        noColor = true
        position += 1
        continue
      }
      guard position + 1 < arguments.count else { return nil }
      let value = arguments[position + 1]
      guard !value.hasPrefix("-") else { return nil }
      switch name {
      case "--db": db = value
      case "--intents": intents = value
      case "--as": customer = value
      case "--agent": agent = value
      case "--role":
        guard let parsed = Role(rawValue: value) else { return nil }
        role = parsed
      default: return nil
      }
      position += 2
    }
    var database = DatabaseOption()
    database.db = db
    var catalog = CatalogOption()
    catalog.intents = intents
    var speaker = SpeakerOptions()
    speaker.customer = customer
    speaker.role = role
    speaker.agent = agent
    var color = ColorOption()
    color.noColor = noColor
    return GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }
}
