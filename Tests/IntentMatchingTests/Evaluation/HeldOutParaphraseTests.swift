import Foundation
import Testing

@testable import IntentMatching

/// The built-in catalog on `Tests/Paraphrases/heldout.csv`: English and Japanese wording that is
/// never among the examples, with typos, mixed scripts and out-of-scope lines. The same figures
/// come from `switchboard eval Tests/Paraphrases/heldout.csv`.
@Suite struct HeldOutParaphraseTests {
  private static let root = URL(fileURLWithPath: Fixture.directory).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  @Test func theBuiltInCatalogAnswersParaphrasesItWasNotTrainedOn() throws {
    let catalog = try CatalogLoader.load(directory: Self.root + "/intents").catalog
    let examples = try LabelledData.read(path: Self.root + "/Tests/Paraphrases/heldout.csv")
    let report = Evaluator.evaluate(KeywordMatcher(catalog: catalog), on: examples)
    #expect(examples.count >= 150)
    #expect(Set(examples.map(\.intent)).isSuperset(of: catalog.intents.map(\.name)))
    #expect(report.accuracy >= 0.90, "accuracy \(report.accuracy)")
    #expect(report.inScopeAccuracy >= 0.90, "in-scope accuracy \(report.inScopeAccuracy)")
    #expect(report.outOfScopeRecall >= 0.80, "oos recall \(report.outOfScopeRecall)")
  }

  @Test func noHeldOutLineIsAnExampleOfTheCatalog() throws {
    let catalog = try CatalogLoader.load(directory: Self.root + "/intents").catalog
    let trained = catalog.intents.flatMap(\.examples) + catalog.outOfScopeExamples
    let examples = Set(trained.map { TextNormalizer.normalize($0.text) })
    let heldOut = try LabelledData.read(path: Self.root + "/Tests/Paraphrases/heldout.csv")
    let copied = heldOut.filter { examples.contains(TextNormalizer.normalize($0.text)) }
    #expect(copied.isEmpty, "\(copied.map(\.text))")
  }
}
