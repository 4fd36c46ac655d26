import ArgumentParser
import Foundation

/// The program's entry: the plain arguments of the default command start the console at once
/// (see ``DefaultCommandArguments``); every other command line goes through ArgumentParser.
@main
enum Entry {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let global = DefaultCommandArguments.parse(arguments) else {
      if let unknown = HelpTopic.unknownName(in: arguments) {
        FileHandle.standardError.write(
          Data(
            ("Error: no subcommand '\(unknown)'; 'switchboard --help' lists them.\n").utf8))
        Switchboard.exit(withError: ExitCode(64))
      }
      do {
        var command = try Switchboard.parseAsRoot(arguments)
        try command.run()
      } catch {
        Switchboard.exit(withError: FileProblem.oneLine(error))
      }
      return
    }
    var console = ConsoleCommand()
    console.global = global
    do {
      try console.run()
    } catch {
      Switchboard.exit(withError: FileProblem.oneLine(error))
    }
  }
}

/// The `switchboard` command: the console and its machine-readable subcommands.
struct Switchboard: ParsableCommand {
  /// The version `--version` prints.
  static let version = "0.9.0"

  /// `debug` or `release`: the kind of build this binary is.
  static var build: String {
    #if DEBUG
      "debug"
    #else
      "release"
    #endif
  }

  static let configuration = CommandConfiguration(
    commandName: "switchboard",
    abstract: "The console where the front office meets the back office.",
    discussion: """
      With a terminal on stdin, opens the interactive console. With stdin redirected \
      (switchboard < session.txt), answers one turn per line.

      \(GlobalOptions.helpText)
      """,
    version: "switchboard \(version) (\(build) build)",
    subcommands: [
      ConsoleCommand.self, AskCommand.self, ClassifyCommand.self, EvalCommand.self,
      IntentsCommand.self, CalibrateCommand.self, ExportCommand.self, TestCommand.self,
      DBCommand.self, SimulateCommand.self, ReportCommand.self, BacklogCommand.self,
      ImportCommand.self,
    ],
    defaultSubcommand: ConsoleCommand.self
  )
}

/// `switchboard help NAME...`: ArgumentParser shows the top-level help for a name it does not know
/// (exit 0); an unknown name is an error instead.
enum HelpTopic {
  /// The first name after `help` that is not a subcommand of the names before it, if any.
  static func unknownName(in arguments: [String]) -> String? {
    guard arguments.first == "help" else { return nil }
    var command: any ParsableCommand.Type = Switchboard.self
    for name in arguments.dropFirst() where !name.hasPrefix("-") {
      guard
        let next = command.configuration.subcommands.first(where: {
          $0.configuration.commandName == name
        })
      else { return name }
      command = next
    }
    return nil
  }
}
