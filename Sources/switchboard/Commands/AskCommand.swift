import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct AskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "ask", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
