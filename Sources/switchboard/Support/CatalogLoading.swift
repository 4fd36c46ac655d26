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

extension CatalogLoading {
  /// Loads `directory` and its trained matcher, from the matcher cache when these files were
  /// trained before by this build (see ``CatalogCache``); errors print and exit with status 2.
  static func loadTrained(_ directory: String, today: CalendarDay?) throws
    -> (loaded: LoadedCatalog, matcher: KeywordMatcher)
  {
    do {
      return try trained(directory, today: today)
    } catch {
      StandardError.print(error.description)
      throw ExitCode(2)
    }
  }

  /// The same, throwing the catalog's located error (for `/reload`).
  static func trained(_ directory: String, today: CalendarDay?) throws(CatalogError)
    -> (loaded: LoadedCatalog, matcher: KeywordMatcher)
  {
    let environment = ProcessInfo.processInfo.environment
    guard let folder = Paths.cacheDirectory(environment: environment) else {
      let loaded = try CatalogLoader.load(directory: directory)
      return (loaded, KeywordMatcher(catalog: loaded.catalog, today: today))
    }
    return try CatalogCache(directory: folder, salt: Paths.buildIdentity)
      .load(catalogDirectory: directory, today: today)
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
