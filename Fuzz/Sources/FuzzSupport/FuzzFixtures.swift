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

  /// A line with one of every slot, run once before the first input so that every pattern the
  /// slots compile on first use is compiled then.
  public static let warmUpLine =
    "order 1002, INV-2041, C-1001, P-204, E-1001, K-1001, ken@example.com, +81 90-1234-5678, "
    + "$1,250.00, 200 dollars, 3 units, tomorrow, 2026-12-24, 注文1002を5個"

  /// The day relative dates are resolved against, fixed so that runs repeat.
  public static let today = CalendarDay(year: 2026, month: 12, day: 1)
}
