import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "test", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
