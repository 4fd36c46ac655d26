import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct IntentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "intents", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
