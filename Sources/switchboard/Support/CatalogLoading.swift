import ArgumentParser
import Foundation
import IntentMatching
import Office

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
      throw StandardError.dataFileError(error)
    }
  }
}

extension CatalogLoading {
  /// The catalog of `directory` and its trained matcher, from the matcher cache when these
  /// files were trained before by this build (see ``CatalogCache``), else parsed and trained.
  /// A folder without intents is refused (``CatalogError/noIntents(in:)``): a bot that
  /// understands nothing is never started.
  ///
  /// With `SWITCHBOARD_TRACE_CACHE` set, stderr says which: `switchboard: matcher from cache
  /// FILE`, `switchboard: matcher trained, stored as FILE` or `switchboard: matcher trained
  /// (cache off)`.
  static func trained(_ directory: String, today: CalendarDay?) throws(CatalogError)
    -> (loaded: LoadedCatalog, matcher: KeywordMatcher)
  {
    let result = try trainedOrRestored(directory, today: today)
    guard !result.loaded.catalog.intents.isEmpty else { throw .noIntents(in: directory) }
    return result
  }

  private static func trainedOrRestored(_ directory: String, today: CalendarDay?)
    throws(CatalogError) -> (loaded: LoadedCatalog, matcher: KeywordMatcher)
  {
    let environment = ProcessInfo.processInfo.environment
    let traces = !(environment["SWITCHBOARD_TRACE_CACHE"] ?? "").isEmpty
    guard let folder = Paths.cacheDirectory(environment: environment) else {
      let loaded = try CatalogLoader.load(directory: directory)
      if traces { StandardError.print("switchboard: matcher trained (cache off)") }
      return (loaded, KeywordMatcher(catalog: loaded.catalog, today: today))
    }
    let result = try CatalogCache(directory: folder, salt: Paths.buildIdentity)
      .restore(catalogDirectory: directory, today: today)
    if traces {
      switch result.origin {
      case .cache(let file): StandardError.print("switchboard: matcher from cache \(file)")
      case .trained(let file):
        StandardError.print("switchboard: matcher trained, stored as \(file)")
      }
    }
    return (result.loaded, result.matcher)
  }

  /// ``trained(_:today:)`` for a command: a broken catalog prints its located error and exits
  /// with status 2.
  static func trainedForCommand(_ directory: String) throws -> (
    loaded: LoadedCatalog, matcher: KeywordMatcher
  ) {
    do {
      return try trained(directory, today: nil)
    } catch {
      throw StandardError.dataFileError(error)
    }
  }
}

extension CatalogLoading {
  /// `directory` joined with `name` as the user typed the directory.
  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}

/// Writes lines to standard error.
enum StandardError {
  /// Writes `text` and a newline to stderr.
  static func print(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints a data file's located error (`path:line:column: error: ...`, the line, a caret);
  /// the command exits with status 2.
  static func dataFileError(_ error: CatalogError) -> ExitCode {
    print(error.description)
    return ExitCode(2)
  }

  /// Prints a store's error and exits: 2 when the database itself cannot be used (a file that is
  /// not a database, read-only, newer, missing its folder), as for any bad input; 1 otherwise.
  static func fail(_ error: StoreError) -> ExitCode {
    if case .cannotOpen = error.kind { return fail(error.message, code: 2) }
    return fail(error.message)
  }

  /// Prints `switchboard: message` and exits with `code`.
  static func fail(_ message: String, code: Int32 = 1) -> ExitCode {
    print("switchboard: \(message)")
    return ExitCode(code)
  }
}
