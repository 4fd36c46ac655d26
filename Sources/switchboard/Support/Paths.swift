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

  /// Where trained matchers are kept: `$SWITCHBOARD_CACHE` (`off` keeps none), else
  /// `$XDG_CACHE_HOME/switchboard`, else `~/.cache/switchboard`.
  static func cacheDirectory(environment: [String: String]) -> String? {
    if let path = environment["SWITCHBOARD_CACHE"], !path.isEmpty {
      return path == "off" ? nil : path
    }
    if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
      return cache + "/switchboard"
    }
    return home(environment) + "/.cache/switchboard"
  }

  /// What names this build of the program: its file's path, size and modification time, so
  /// that a rebuilt binary never reads a matcher an older one trained.
  static let buildIdentity: String = {
    var info = stat()
    let executable = "/proc/self/exe"
    guard stat(executable, &info) == 0 else { return "unknown build" }
    let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: executable)) ?? ""
    return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }()

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
