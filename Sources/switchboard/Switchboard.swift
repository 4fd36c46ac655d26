import ArgumentParser

/// The `switchboard` command: the console and its machine-readable subcommands.
@main
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
      DBCommand.self, SimulateCommand.self, ReportCommand.self,
    ],
    defaultSubcommand: ConsoleCommand.self
  )
}
