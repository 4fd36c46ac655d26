import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct DBCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "db", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
