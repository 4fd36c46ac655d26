import Foundation
import Testing

@testable import IntentMatching

/// Known words take their features from ``WordFeatures`` worked out once and resolved against the
/// trained feature space; words outside the vocabulary, and explanations (which need names), work
/// them out per line. Both ways must give the same vector, entry for entry and in the same order,
/// on a trained matcher and on one restored from its snapshot.
@Suite struct WordFeaturesTests {
  private static let lines = [
    "where is my order 1002?", "I moved, can you change my delivery address",
    "refnud for my money back", "how many leave days does Sato have?", "注文1002の状況を教えて",
    "quote for 10 wireless mice please", "the the the and of", "zyxwv qwerty unknownword",
    "Crème brûlée café", "",
  ]

  @Test func knownWordsGiveTheFeaturesWorkedOutPerLine() throws {
    let catalog = try CatalogLoader.load(directory: Self.intentsDirectory()).catalog
    let trained = KeywordMatcher(catalog: catalog)
    let restored = KeywordMatcher(snapshot: trained.snapshot, today: nil)
    var entries = 0
    for matcher in [trained, restored] {
      for line in Self.lines {
        let fast = matcher.space.vector(matcher.extractor.features(of: line).hits)
        let named = matcher.space.vector(matcher.extractor.features(of: line, naming: true).hits)
        #expect(fast.indices == named.indices, "\(line)")
        #expect(fast.values == named.values, "\(line)")
        entries += fast.indices.count
      }
    }
    // The lines have features in the space: the comparison is not of empty vectors.
    #expect(entries > 100)
  }

  private static func intentsDirectory() -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("intents")
      .path
  }
}
