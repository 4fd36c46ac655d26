import ArgumentParser

// TEMPORARY STUB: the analytics report comes next.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "report", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
