import Foundation
import Yams

/// What `intents import` does to a folder, decided and checked before a byte is written.
///
/// A folder that holds no catalog file receives the imported files as they are. A folder that
/// already holds one is refused unless `force` is given; then files the import wrote before
/// (their first line is ``CatalogWriter/ownershipMarker``) are replaced, files it did not write
/// are never touched (the imported part goes beside them, as `imported_NAME`), the settings
/// of the folder are kept when a file the import does not own holds them, and the whole
/// resulting catalog must load before anything is written.
public struct CatalogImportPlan: Sendable {
  /// Files to write, as name → content.
  public var writes: [(name: String, text: String)]
  /// Files the import wrote before and no longer produces, to remove.
  public var removals: [String]
  /// Files already in the folder that the import leaves exactly as they are.
  public var kept: [String]

  /// Why an import was refused.
  public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder already holds catalog files and `force` was not given.
    case catalogExists(directory: String, files: [String])
    /// The catalog the import would leave does not load.
    case brokenResult(CatalogError)

    /// One line (the catalog error keeps its location, line and caret).
    public var description: String {
      switch self {
      case .catalogExists(let directory, let files):
        let shown = files.prefix(3).joined(separator: ", ") + (files.count > 3 ? ", ..." : "")
        return "\(directory) already holds a catalog (\(shown)); nothing was written "
          + "(--force imports into it and keeps the files import did not write)"
      case .brokenResult(let error):
        return error.description
      }
    }
  }

  /// The plan for writing the imported `files` into `directory`.
  public static func make(
    _ files: [(name: String, text: String)], into directory: String, force: Bool
  ) throws(Problem) -> CatalogImportPlan {
    let manager = FileManager.default
    let present = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).sorted()
      .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) }
    guard present.isEmpty || force else {
      throw .catalogExists(directory: directory, files: present)
    }
    var texts: [String: String] = [:]
    for name in present {
      texts[name] =
        (try? String(contentsOfFile: CatalogLoader.join(directory, name), encoding: .utf8))
        ?? ""
    }
    let owned = Set(present.filter { CatalogWriter.isOwned(texts[$0] ?? "") })
    var kept = present.filter { !owned.contains($0) }
    let keptHoldSettings = kept.contains { name in
      CatalogLoader.isIntentFile(name) && holdsSettings(texts[name] ?? "", name: name)
    }
    var writes: [(name: String, text: String)] = []
    for file in files {
      if file.name == "settings.yml" && keptHoldSettings { continue }
      var name = file.name
      var attempt = 1
      while kept.contains(name) {
        name = "imported_" + (attempt == 1 ? "" : "\(attempt)_") + file.name
        attempt += 1
      }
      writes.append((name, file.text))
    }
    let written = Set(writes.map(\.name))
    let removals = present.filter { owned.contains($0) && !written.contains($0) }
    kept.removeAll { written.contains($0) }
    let result =
      (kept.filter(CatalogLoader.isIntentFile).map { ($0, texts[$0] ?? "") } + writes)
      .sorted { $0.0 < $1.0 }
      .map { (path: CatalogLoader.join(directory, $0.0), text: $0.1) }
    do {
      _ = try CatalogLoader.load(files: result)
    } catch {
      throw .brokenResult(error)
    }
    return CatalogImportPlan(writes: writes, removals: removals, kept: kept)
  }

  /// Writes the planned files into `directory` (created when needed) and removes the stale
  /// ones the import wrote before.
  public func apply(to directory: String) throws(DataFileError) {
    try CatalogWriter.write(writes, to: directory)
    for name in removals {
      try? FileManager.default.removeItem(atPath: CatalogLoader.join(directory, name))
    }
  }

  private static func holdsSettings(_ text: String, name: String) -> Bool {
    guard let root = try? YAMLText.compose(text, path: name), case .mapping(let top) = root
    else { return false }
    return top["settings"] != nil
  }
}
