import Foundation
import Testing

@testable import IntentMatching

/// Known words take their features from ``WordFeatures`` worked out once; words outside the
/// vocabulary, and explanations (which need names), work them out per line. Both ways must give
/// the same features, on a trained matcher and on one restored from its snapshot.
@Suite struct WordFeaturesTests {
  private static let lines = [
    "where is my order 1002?", "I moved, can you change my delivery address",
    "refnud for my money back", "how many leave days does Sato have?", "注文1002の状況を教えて",
    "quote for 10 wireless mice please", "the the the and of", "zyxwv qwerty unknownword",
    "Crème brûlée café", "",
  ]

  private static func keys(_ features: ExtractedFeatures) -> [UInt64] {
    features.hits.map(\.key).sorted()
  }

  @Test func knownWordsGiveTheFeaturesWorkedOutPerLine() throws {
    let catalog = try CatalogLoader.load(directory: Self.intentsDirectory()).catalog
    let trained = KeywordMatcher(catalog: catalog)
    let restored = KeywordMatcher(snapshot: trained.snapshot, today: nil)
    for matcher in [trained, restored] {
      for line in Self.lines {
        let fast = matcher.extractor.features(of: line)
        let named = matcher.extractor.features(of: line, naming: true)
        #expect(Self.keys(fast) == Self.keys(named), "\(line)")
        #expect(fast.hits.map(\.scale).sorted() == named.hits.map(\.scale).sorted(), "\(line)")
      }
    }
  }

  private static func intentsDirectory() -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("intents")
      .path
  }
}
