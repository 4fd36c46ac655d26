import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "export", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
