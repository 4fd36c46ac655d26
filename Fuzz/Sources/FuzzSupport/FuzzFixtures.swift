import Foundation
import IntentMatching

/// What the fuzz targets read once per process: the built-in intent catalog and a fixed day.
public enum FuzzFixtures {
  /// The checkout's `intents/` folder, from this file's place in it (override with
  /// `$SWITCHBOARD_INTENTS`).
  public static let intentsDirectory: String = {
    if let path = ProcessInfo.processInfo.environment["SWITCHBOARD_INTENTS"], !path.isEmpty {
      return path
    }
    // Up from Fuzz/Sources/FuzzSupport/FuzzFixtures.swift to the checkout.
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("intents").path
  }()

  /// The built-in catalog; a target cannot run without it, so a broken one stops the process.
  public static let builtInCatalog: IntentCatalog = {
    do {
      return try CatalogLoader.load(directory: intentsDirectory).catalog
    } catch {
      fatalError("cannot load the built-in catalog from \(intentsDirectory): \(error)")
    }
  }()

  /// The intent names of the built-in catalog (what a rules file may name).
  public static let intentNames: Set<String> = Set(builtInCatalog.intents.map(\.name))

  /// The day relative dates are resolved against, fixed so that runs repeat.
  public static let today = CalendarDay(year: 2026, month: 12, day: 1)
}
