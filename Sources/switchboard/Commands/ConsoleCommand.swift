import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct ConsoleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "console", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
