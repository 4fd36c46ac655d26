import ArgumentParser

// TEMPORARY STUB: replaced by the command's owner.
struct CalibrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calibrate", abstract: "Not built yet.")
  @OptionGroup var global: GlobalOptions
}
