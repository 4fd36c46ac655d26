import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "eval", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
