import Foundation
import Testing

@testable import IntentMatching

/// `intents import` → `calibrate` → `eval` on small CSV files, through the same library calls the
/// commands make.
struct RoundTripTests {
  @Test func importCalibrateEvaluate() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let training = try LabelledData.read(path: Fixture.path("RoundTrip/train.csv"))
    try CatalogWriter.write(CatalogWriter.importedCatalog(from: training), to: directory)

    let loaded = try CatalogLoader.load(directory: directory)
    #expect(
      loaded.catalog.intents.map(\.name) == ["order_status", "refund_status", "password_reset"])
    #expect(loaded.catalog.intents[1].examples.map(\.text).contains("refund \"status\" please"))
    #expect(loaded.catalog.intents[0].examples.last?.language == .japanese)
    #expect(loaded.catalog.outOfScopeExamples.count == 4)

    let evaluation = try LabelledData.read(path: Fixture.path("RoundTrip/eval.csv"))
    let matcher = KeywordMatcher(catalog: loaded.catalog)
    let result = Calibrator.calibrate(
      scores: Evaluator.scores(of: matcher, on: evaluation), examples: evaluation)
    let written = try SettingsUpdater.store(result.settings, inCatalog: directory)
    #expect(written == directory + "/settings.yml")

    let reloaded = try CatalogLoader.load(directory: directory).catalog
    #expect(reloaded.settings == result.settings)
    let report = Evaluator.evaluate(KeywordMatcher(catalog: reloaded), on: evaluation)
    #expect(report == result.report)
    #expect(report.count == 9)
    #expect(report.inScopeAccuracy >= 5.0 / 6)
    #expect(report.outOfScopeRecall >= 2.0 / 3)
  }

  @Test func importMapsLabelsToIntentNames() throws {
    let rows = [
      LabelledExample(text: "where is it", intent: "Refund_not_showing_up", line: 2),
      LabelledExample(text: "reverse it", intent: "reverted_card_payment?", line: 3),
    ]
    let files = CatalogWriter.importedCatalog(from: rows)
    let catalog = try CatalogLoader.load(files: files.map { ("x/" + $0.name, $0.text) }).catalog
    #expect(catalog.intents.map(\.name) == ["refund_not_showing_up", "reverted_card_payment_"])
    #expect(Evaluator.expectedIntents(rows) == catalog.intents.map(\.name))
  }

  @Test func importOfOnlyOutOfScopeRowsStillLoads() throws {
    let rows = [LabelledExample(text: "tell me a joke", intent: "oos", line: 2)]
    let files = CatalogWriter.importedCatalog(from: rows)
    let catalog = try CatalogLoader.load(files: files.map { ("x/" + $0.name, $0.text) }).catalog
    #expect(catalog.intents.isEmpty)
    #expect(catalog.outOfScopeExamples.map(\.text) == ["tell me a joke"])
  }
}
