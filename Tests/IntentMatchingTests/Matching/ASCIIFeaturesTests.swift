import Foundation
import Testing

@testable import IntentMatching

/// An English line's features read from its bytes (``FeatureExtractor/asciiFeatures(_:)``) are
/// those of its tokens, hit for hit and in the same order, with the same word-vector indices:
/// known words, unknown ones, misspellings, numbers, apostrophes, capitals and punctuation, on a
/// catalog with synonyms (the built-in one) and on one that names a word-vector table. A line
/// the bytes cannot serve (a byte outside ASCII, a word that may start a synonym) goes to the
/// tokens.
@Suite struct ASCIIFeaturesTests {
  private static let fixedLines = [
    "where is my order 1002?", "I moved, can you change my delivery address",
    "refnud for my money back", "how many leave days does Sato have?", "What's  the STATUS...",
    "quote for 10 wireless mice please", "the the the and of", "zyxwv qwerty unknownword",
    "", "   ", "'", "a'b c' 'd", "1002", "my laptop is broken!!", "my notebook crashed",
    "pay my invoice; settle the bill", "x", "P-1002 INV-7 c-3", "e-mail me at a@b.co",
  ]

  /// Lines made of the catalog's words, other words, misspellings and separators.
  private static func randomLines(_ matcher: KeywordMatcher, count: Int) -> [String] {
    let vocabulary = Array(matcher.vocabulary.keys).sorted()
    let others = ["zyxwv", "notebook", "crashed", "refnud", "ordr", "42", "1002", "Sato", "it's"]
    let separators = [" ", "  ", ", ", "? ", "-", "'", "!", " (", ") ", "/", "\t"]
    var generator = SplitMix64(seed: 11)
    return (0..<count).map { _ in
      var line = ""
      for _ in 0..<Int.random(in: 1...9, using: &generator) {
        var word =
          Bool.random(using: &generator)
          ? vocabulary.randomElement(using: &generator)! : others.randomElement(using: &generator)!
        if Int.random(in: 0..<5, using: &generator) == 0 { word = word.uppercased() }
        line += word + separators.randomElement(using: &generator)!
      }
      return line
    }
  }

  private static func check(_ matcher: KeywordMatcher, _ lines: [String]) -> Int {
    var served = 0
    for line in lines {
      let tokens = matcher.extractor.tokenFeatures(ofCompatible: line, naming: false)
      guard let bytes = matcher.extractor.asciiFeatures(line) else { continue }
      served += 1
      #expect(bytes.hits.map(\.key) == tokens.hits.map(\.key), "\(line)")
      #expect(bytes.hits.map(\.scale) == tokens.hits.map(\.scale), "\(line)")
      #expect(bytes.hits.map(\.token) == tokens.hits.map(\.token), "\(line)")
      #expect(bytes.hits.map(\.position) == tokens.hits.map(\.position), "\(line)")
      #expect(bytes.hits.map(\.isCharacterGram) == tokens.hits.map(\.isCharacterGram), "\(line)")
      #expect(bytes.meaning == tokens.meaning, "\(line)")
    }
    return served
  }

  @Test func theBuiltInCatalogGivesTheSameFeaturesBothWays() throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("intents").path
    let matcher = KeywordMatcher(catalog: try CatalogLoader.load(directory: directory).catalog)
    let lines = Self.fixedLines + Self.randomLines(matcher, count: 1500)
    let served = Self.check(matcher, lines)
    // Most lines are read from their bytes; lines with a synonym's first word are not.
    #expect(served > lines.count / 4)
    #expect(matcher.extractor.asciiFeatures("can i send it back") == nil)
    #expect(matcher.extractor.asciiFeatures("注文1002の状況") == nil)
    #expect(matcher.extractor.asciiFeatures("where is my order") != nil)
  }

  @Test func aCatalogWithWordVectorsGivesTheSameFeaturesBothWays() throws {
    let matcher = try MeaningBlockTests.matcher(wordVectors: true)
    let lines = Self.fixedLines + Self.randomLines(matcher, count: 1500)
    #expect(Self.check(matcher, lines) == lines.count)
  }

  @Test func aRestoredMatcherGivesTheSameDecisionsBothWays() throws {
    let trained = try MeaningBlockTests.matcher(wordVectors: true)
    let restored = KeywordMatcher(snapshot: trained.snapshot, today: nil)
    for line in Self.fixedLines + Self.randomLines(trained, count: 300) {
      let tokens = restored.extractor.tokenFeatures(ofCompatible: line, naming: false)
      let scores = restored.model.leaders(
        restored.space.vector(tokens.hits), excluding: restored.outOfScopeClass
      ) { restored.meaning?.add(tokens.meaning, to: $0) }
      #expect(restored.scores(line) == restored.scores(scores), "\(line)")
      #expect(trained.scores(line) == restored.scores(line), "\(line)")
    }
  }
}
