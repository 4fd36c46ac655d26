import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct ClassifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "classify", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
