import ArgumentParser

/// The program's entry: the plain arguments of the default command start the console at once
/// (see ``DefaultCommandArguments``); every other command line goes through ArgumentParser.
@main
enum Entry {
  static func main() {
    guard let global = DefaultCommandArguments.parse(Array(CommandLine.arguments.dropFirst()))
    else {
      Switchboard.main()
      return
    }
    var console = ConsoleCommand()
    console.global = global
    do {
      try console.run()
    } catch {
      Switchboard.exit(withError: error)
    }
  }
}

/// The `switchboard` command: the console and its machine-readable subcommands.
struct Switchboard: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "switchboard",
    abstract: "The console where the front office meets the back office.",
    discussion: """
      With a terminal on stdin, opens the interactive console. With stdin redirected \
      (switchboard < session.txt), answers one turn per line.
      """,
    subcommands: [
      ConsoleCommand.self, AskCommand.self, ClassifyCommand.self, EvalCommand.self,
      IntentsCommand.self, CalibrateCommand.self, ExportCommand.self, TestCommand.self,
      DBCommand.self, SimulateCommand.self, ReportCommand.self, BacklogCommand.self,
    ],
    defaultSubcommand: ConsoleCommand.self
  )
}
