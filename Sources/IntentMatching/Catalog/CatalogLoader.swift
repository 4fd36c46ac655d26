import Foundation

/// Reads an intent catalog folder.
public enum CatalogLoader {
  /// The file in a catalog folder that holds dialogue rules, not intents.
  public static let rulesFileName = "rules.yml"

  /// Loads every intent file of `directory` (except `rules.yml`) into one catalog.
  public static func load(directory: String) throws(CatalogError) -> LoadedCatalog {
    try load(files: files(in: directory))
  }

  /// The intent files of `directory` (except `rules.yml`) in name order, with their text.
  public static func files(in directory: String) throws(CatalogError)
    -> [(path: String, text: String)]
  {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw CatalogError(
        location: SourceLocation(path: directory, line: 1, column: 1),
        message: "cannot read the intent catalog folder", sourceLine: nil)
    }
    var files: [(path: String, text: String)] = []
    for name in names.sorted() where isIntentFile(name) {
      let path = join(directory, name)
      guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
      else {
        throw CatalogError(
          location: SourceLocation(path: path, line: 1, column: 1),
          message: "cannot read the file as UTF-8 text", sourceLine: nil)
      }
      files.append((path, text))
    }
    return files
  }

  /// Loads a catalog from file contents given in order (`path` is used in messages only).
  public static func load(
    files: [(path: String, text: String)]
  ) throws(CatalogError) -> LoadedCatalog {
    var catalog = IntentCatalog(intents: [])
    var settingsLocation: SourceLocation?
    var firstIntent: [String: SourceLocation] = [:]
    for (path, text) in files {
      let file = YAMLFile(path: path, text: text)
      let fragment = try CatalogFileParser(file: file).parse(text)
      if let (settings, location) = fragment.settings {
        if let settingsLocation {
          throw file.error("settings already given at \(settingsLocation)", at: location)
        }
        settingsLocation = location
        catalog.settings = settings
      }
      for intent in fragment.intents {
        if let first = firstIntent[intent.name] {
          throw file.error(
            "duplicate intent '\(intent.name)' (first defined at \(first))", at: intent.location)
        }
        firstIntent[intent.name] = intent.location
        catalog.intents.append(intent)
      }
      for (canonical, variants) in fragment.synonyms {
        catalog.synonyms[canonical, default: []] += variants
      }
      catalog.entities += fragment.entities
      catalog.outOfScopeExamples += fragment.outOfScope
    }
    return LoadedCatalog(catalog: catalog)
  }

  /// Whether `name` is an intent file: `*.yml`/`*.yaml`, not hidden, not `rules.yml`.
  static func isIntentFile(_ name: String) -> Bool {
    guard !name.hasPrefix("."), name != rulesFileName else { return false }
    return name.hasSuffix(".yml") || name.hasSuffix(".yaml")
  }

  /// `directory` joined with `name` as the user would type it (`intents/faq.yml`).
  static func join(_ directory: String, _ name: String) -> String {
    if directory.isEmpty || directory == "." { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}

/// A loaded catalog; its warnings are looked for only when asked (`intents validate`), so that
/// start-up does not pay for them.
public struct LoadedCatalog: Sendable {
  /// The catalog.
  public var catalog: IntentCatalog

  /// Creates a loaded catalog.
  public init(catalog: IntentCatalog) {
    self.catalog = catalog
  }

  /// Legal but suspicious things, with their locations.
  public var warnings: [CatalogWarning] { CatalogLinter.warnings(for: catalog) }
}
