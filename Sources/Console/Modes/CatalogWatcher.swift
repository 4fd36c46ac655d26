import Foundation
import IntentMatching

#if canImport(Glibc)
  import Glibc
#endif

/// Notices when the intent files change on disk (another agent taught, an editor saved) and
/// reloads the catalog before the next line, with `/reload`'s safety: a broken file keeps the
/// old catalog, and that is said once per change.
final class CatalogWatcher {
  /// What a file looked like: inode, size and modification time in nanoseconds.
  struct Stamp: Equatable {
    var inode: UInt64
    var size: Int64
    var modified: Int64
  }

  private let controller: ConsoleController
  private let directory: String?
  private var stamps: [String: Stamp]

  /// Watches the folder of `controller`'s catalog, as it stands now.
  init(controller: ConsoleController) {
    self.controller = controller
    self.directory = CatalogTeacher.directory(of: controller.engine.catalog)
    self.stamps = directory.map(Self.stamps(in:)) ?? [:]
  }

  /// Reloads when a file of the catalog folder was added, removed or changed since the last
  /// look; returns what to print (nil when nothing changed or the engine already has it).
  func reloadIfChanged() -> String? {
    guard let directory else { return nil }
    let current = Self.stamps(in: directory)
    guard current != stamps else { return nil }
    let rulesChanged =
      current[CatalogLoader.rulesFileName] != stamps[CatalogLoader.rulesFileName]
    stamps = current
    // A change the engine already has (`/teach` wrote it and retrained) needs no reload.
    if !rulesChanged, let files = try? CatalogLoader.files(in: directory),
      let loaded = try? CatalogLoader.load(files: files),
      loaded.catalog == controller.engine.catalog
    {
      return nil
    }
    do {
      let (catalog, classifier) = try controller.reloadCatalog()
      controller.engine.replaceCatalog(catalog, classifier: classifier)
      return controller.style.dim(
        "(intent files changed on disk: reloaded \(catalog.intents.count) intents)")
    } catch {
      return controller.style.error(
        "\(error)\nThe intent files changed on disk but do not load; the previous catalog stays"
          + " in force.")
    }
  }

  /// The stamps of the catalog files (`*.yml`, `*.yaml`, not hidden; `rules.yml` included).
  static func stamps(in directory: String) -> [String: Stamp] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var result: [String: Stamp] = [:]
    for name in names
    where !name.hasPrefix(".") && (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) {
      var info = stat()
      guard stat(directory + "/" + name, &info) == 0 else { continue }
      result[name] = Stamp(
        inode: UInt64(info.st_ino), size: Int64(info.st_size),
        modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
    return result
  }
}
