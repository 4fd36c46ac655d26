import Foundation

/// Trained matchers kept on disk, one file per catalog content, so that starting the console
/// skips parsing the YAML files and training (most of its start-up).
///
/// A file is named by a 64-bit FNV-1a hash of the `salt` (which names the program build, so a
/// new build never reads an old file) and of every intent file's path and text; a change to any
/// of them means a new name. A file that cannot be read or is incomplete is ignored and
/// replaced; writing is atomic (a temporary file renamed), and a cache that cannot be written
/// only costs the time saved. The newest ``keptFiles`` are kept.
public struct CatalogCache: Sendable {
  /// How many trained matchers the folder keeps.
  public static let keptFiles = 8

  /// The cache folder (created when needed).
  public let directory: String
  /// What identifies the program build.
  public let salt: String

  /// A cache in `directory` for the program build named by `salt`.
  public init(directory: String, salt: String) {
    self.directory = directory
    self.salt = salt
  }

  /// Where a matcher given by ``CatalogCache/restore(catalogDirectory:today:)`` came from.
  public enum Origin: Sendable, Equatable {
    /// Restored from the cache file of this name, without parsing or training.
    case cache(file: String)
    /// Parsed and trained, then stored under this name for the next start.
    case trained(file: String)
  }

  /// The catalog of `catalogDirectory` and its trained matcher: restored when these files were
  /// trained before by this build, else parsed and trained, and stored for the next start.
  public func load(catalogDirectory: String, today: CalendarDay?) throws(CatalogError)
    -> (loaded: LoadedCatalog, matcher: KeywordMatcher)
  {
    let result = try restore(catalogDirectory: catalogDirectory, today: today)
    return (result.loaded, result.matcher)
  }

  /// Like ``load(catalogDirectory:today:)``, and tells whether the matcher was restored or
  /// trained.
  public func restore(catalogDirectory: String, today: CalendarDay?) throws(CatalogError)
    -> (loaded: LoadedCatalog, matcher: KeywordMatcher, origin: Origin)
  {
    let files = try CatalogLoader.files(in: catalogDirectory)
    let name = fileName(for: files)
    let path = directory + "/" + name
    // Read in parts, not mapped: a mapped file stayed resident beside its decoded copy and the
    // matcher made from it (100 MB of peak memory for CLINC150's catalog instead of 79).
    if let snapshot = MatcherSnapshot.read(path: path) {
      let matcher = KeywordMatcher(snapshot: snapshot, today: today)
      return (LoadedCatalog(catalog: matcher.catalog), matcher, .cache(file: name))
    }
    let loaded = try CatalogLoader.load(files: files)
    let matcher = KeywordMatcher(catalog: loaded.catalog, today: today)
    store(matcher.snapshot.encoded(), at: path)
    return (loaded, matcher, .trained(file: name))
  }

  /// `matcher-HASH.bin` for these files and this build.
  func fileName(for files: [(path: String, text: String)]) -> String {
    // Each string is followed by a zero byte, so `ab`+`c` and `a`+`bc` differ.
    var hash = FeatureHasher()
    for text in [salt] + files.flatMap({ [$0.path, $0.text] }) {
      hash.add(text)
      hash.add(UInt8(0))
    }
    return "matcher-" + String(hash.value, radix: 16) + ".bin"
  }

  private func store(_ data: Data, at path: String) {
    let manager = FileManager.default
    try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
    guard manager.createFile(atPath: temporary, contents: data) else { return }
    if rename(temporary, path) != 0 {
      try? manager.removeItem(atPath: temporary)
      return
    }
    prune()
  }

  /// Removes all but the newest ``keptFiles`` matchers.
  private func prune() {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
    let matchers = names.filter { $0.hasPrefix("matcher-") && $0.hasSuffix(".bin") }
      .map { name -> (path: String, modified: Date) in
        let path = directory + "/" + name
        let modified = (try? manager.attributesOfItem(atPath: path)[.modificationDate]) as? Date
        return (path, modified ?? .distantPast)
      }
      .sorted { $0.modified > $1.modified }
    for old in matchers.dropFirst(Self.keptFiles) { try? manager.removeItem(atPath: old.path) }
  }
}
