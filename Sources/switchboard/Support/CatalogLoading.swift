import ArgumentParser
import Foundation
import IntentMatching

/// Loads the intent catalog for a command: warnings go to stderr, an error exits with status 2.
enum CatalogLoading {
  /// Loads `directory`, printing `path:line:column` errors and warnings to stderr.
  static func load(_ directory: String, showWarnings: Bool = false) throws -> LoadedCatalog {
    do {
      let loaded = try CatalogLoader.load(directory: directory)
      if showWarnings {
        for warning in loaded.warnings { StandardError.print(warning.description) }
      }
      return loaded
    } catch {
      StandardError.print(error.description)
      throw ExitCode(2)
    }
  }
}

/// Writes lines to standard error.
enum StandardError {
  /// Writes `text` and a newline to stderr.
  static func print(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints `switchboard: message` and exits with `code`.
  static func fail(_ message: String, code: Int32 = 1) -> ExitCode {
    print("switchboard: \(message)")
    return ExitCode(code)
  }
}
