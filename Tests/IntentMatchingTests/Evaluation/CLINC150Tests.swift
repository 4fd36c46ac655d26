import Foundation
import Testing

@testable import IntentMatching

/// The CLINC150 check (import → calibrate → eval) on `../shared/datasets`. Training on 15,000
/// examples is too slow for a debug build's CI budget, so the test runs only when
/// `SWITCHBOARD_CLINC_TEST=1` is set and the datasets are present; `switchboard-bench matcher`
/// runs the same check in release builds.
struct CLINC150Tests {
  static let datasets: String? = {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["SWITCHBOARD_DATASETS"], !path.isEmpty { return path }
    let root = URL(fileURLWithPath: Fixture.directory).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent("shared/datasets").path
  }()

  static var enabled: Bool {
    guard ProcessInfo.processInfo.environment["SWITCHBOARD_CLINC_TEST"] == "1",
      let datasets
    else { return false }
    return FileManager.default.fileExists(atPath: datasets + "/clinc150/val.csv")
  }

  @Test(.enabled(if: enabled)) func meetsTheTargets() throws {
    let folder = try #require(Self.datasets) + "/clinc150"
    let training = try LabelledData.read(path: folder + "/train.csv")
    let validation = try LabelledData.read(path: folder + "/val.csv")
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try CatalogWriter.write(CatalogWriter.importedCatalog(from: training), to: directory)
    let matcher = KeywordMatcher(catalog: try CatalogLoader.load(directory: directory).catalog)
    let result = Calibrator.calibrate(
      scores: Evaluator.scores(of: matcher, on: validation), examples: validation)
    #expect(result.report.inScopeAccuracy >= 0.92)
    #expect(result.report.outOfScopeRecall >= 0.55)
  }
}
