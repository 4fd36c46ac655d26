import ArgumentParser
import Console
import Foundation
import Office

/// The console: interactive on a terminal, one turn per line when stdin is piped.
struct ConsoleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "console",
    abstract: "Open the console (the default): interactive on a terminal, piped otherwise."
  )

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let interactive = isatty(0) == 1
    var input = stat()
    if !interactive, fstat(0, &input) == 0, input.st_mode & S_IFMT == S_IFDIR {
      throw StandardError.fail(
        "stdin is a folder, not a file of lines (switchboard < FILE)", code: 2)
    }
    let wiring = try Wiring(
      global: global, channel: interactive ? .console : .pipe, resolveDates: interactive)
    if interactive {
      let terminalAllowsColor =
        isatty(1) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
      let controller = wiring.controller(
        style: Style(enabled: global.colorAllowed && terminalAllowsColor), showsIntentTags: true)
      let history = Paths.historyPath(environment: ProcessInfo.processInfo.environment)
      do {
        try InteractiveConsole(
          controller: controller, historyPath: history, customers: controller.customerCandidates
        ).run()
      } catch {
        throw StandardError.fail(error.description)
      }
    } else {
      let controller = wiring.controller(style: Style(enabled: false), showsIntentTags: false)
      guard PipedConsole(controller: controller).run() else { throw ExitCode(1) }
    }
  }
}
