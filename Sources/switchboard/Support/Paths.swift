import Foundation

/// Default locations of the database, the intent catalog and the history file.
enum Paths {
  /// `--db`, else `$SWITCHBOARD_DB`, else `$XDG_DATA_HOME/switchboard/switchboard.sqlite`.
  static func databasePath(option: String?, environment: [String: String]) -> String {
    if let option { return option }
    if let path = environment["SWITCHBOARD_DB"], !path.isEmpty { return path }
    return dataHome(environment) + "/switchboard/switchboard.sqlite"
  }

  /// `--intents`, else `$SWITCHBOARD_INTENTS`, else the checkout's `intents/`.
  static func intentsDirectory(option: String?, environment: [String: String]) -> String {
    if let option { return option }
    if let path = environment["SWITCHBOARD_INTENTS"], !path.isEmpty { return path }
    return checkoutRoot + "/intents"
  }

  /// `$SWITCHBOARD_HISTORY`, else `$XDG_STATE_HOME/switchboard/history`, else `~/.local/state/...`.
  static func historyPath(environment: [String: String]) -> String {
    if let path = environment["SWITCHBOARD_HISTORY"], !path.isEmpty { return path }
    if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
      return state + "/switchboard/history"
    }
    return home(environment) + "/.local/state/switchboard/history"
  }

  /// The checkout this binary was built from (`Sources/switchboard/Support/Paths.swift` → root).
  static let checkoutRoot: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
  }()

  private static func dataHome(_ environment: [String: String]) -> String {
    if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data }
    return home(environment) + "/.local/share"
  }

  private static func home(_ environment: [String: String]) -> String {
    environment["HOME"] ?? NSHomeDirectory()
  }
}
