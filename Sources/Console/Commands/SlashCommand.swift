/// What Tab completes after a command's name.
public enum CompletionKind: Sendable, Equatable {
  /// Nothing.
  case none
  /// Intent names.
  case intents
  /// Customer ids and names.
  case customers
  /// A fixed list of words.
  case words([String])
}

/// A console command typed as `/name ARGUMENTS`.
public struct SlashCommand {
  /// The name without the slash.
  public var name: String
  /// How its arguments are written, for `/help` (`ID`, `[FILTER]`).
  public var usage: String
  /// One line of help.
  public var summary: String
  /// What Tab completes after the name.
  public var completion: CompletionKind
  /// Runs the command with its argument text; returns what to print.
  public var run: (_ controller: ConsoleController, _ arguments: String) -> CommandResult

  /// Creates a command.
  public init(
    name: String, usage: String = "", summary: String, completion: CompletionKind = .none,
    run: @escaping (ConsoleController, String) -> CommandResult
  ) {
    self.name = name
    self.usage = usage
    self.summary = summary
    self.completion = completion
    self.run = run
  }
}

/// What a command printed and whether the console goes on.
public struct CommandResult: Equatable {
  /// Text to print (may be empty).
  public var output: String
  /// Whether the console ends after it.
  public var quit: Bool
  /// Whether it failed (the piped mode then exits non-zero).
  public var failed: Bool

  /// Creates a result.
  public init(_ output: String, quit: Bool = false, failed: Bool = false) {
    self.output = output
    self.quit = quit
    self.failed = failed
  }
}
