import Foundation
import Testing

@testable import IntentMatching

/// A catalog whose settings name the word-vector table understands lines in words its examples
/// never use, explains that evidence in `/why`, and restores it from a snapshot exactly.
@Suite struct MeaningBlockTests {
  static func catalogText(wordVectors: Bool) -> String {
    let setting = wordVectors ? "  word_vectors: \"\(WordVectorsTests.path)\"\n" : ""
    return """
      settings:
        threshold: 0.3
      \(setting)intents:
        - name: pay_invoice
          examples: [pay my invoice, settle the bill, i want to pay what i owe]
        - name: leave_days
          examples: [how many leave days do i have, my vacation balance, days off left]
        - name: broken_laptop
          examples: [my laptop is broken, the computer does not work, screen cracked]
      out_of_scope:
        - tell me a joke

      """
  }

  static func matcher(wordVectors: Bool) throws -> KeywordMatcher {
    let catalog = try CatalogLoader.load(
      files: [("intents/test.yml", catalogText(wordVectors: wordVectors))]
    ).catalog
    return KeywordMatcher(catalog: catalog)
  }

  /// Lines none of whose content words are in the examples: only the words' meaning tells.
  static let unseenWording = ["my notebook crashed", "my pc died"]

  @Test func linesInOtherWordsFindTheirIntentOnlyWithTheTable() throws {
    let with = try Self.matcher(wordVectors: true)
    let without = try Self.matcher(wordVectors: false)
    for line in Self.unseenWording {
      #expect(with.classify(line).intent == "broken_laptop", "\(line)")
      #expect(without.classify(line).intent != "broken_laptop", "\(line)")
    }
    // What the examples say is still understood as before.
    #expect(with.classify("settle the bill").intent == "pay_invoice")
    #expect(with.classify("how many leave days do i have").intent == "leave_days")
  }

  @Test func whyShowsTheMeaningOfTheWordsAndTheDecisionUsed() throws {
    let matcher = try Self.matcher(wordVectors: true)
    let line = "my notebook crashed"
    let explanation = matcher.explain(line, count: 3)
    let match = matcher.classify(line)
    #expect(explanation.match == match)
    let best = try #require(explanation.candidates.first)
    #expect(best.intent == "broken_laptop")
    #expect(best.score == match.confidence)
    let meaning = try #require(best.features.first { $0.origin == .meaning })
    #expect(meaning.text == "my notebook crashed")
    #expect(meaning.weight > 0)
    // A catalog without the table never shows it.
    let plain = try Self.matcher(wordVectors: false).explain(line, count: 3)
    #expect(plain.candidates.allSatisfy { $0.features.allSatisfy { $0.origin != .meaning } })
  }

  @Test func aSnapshotRestoresTheSameDecisions() throws {
    let trained = try Self.matcher(wordVectors: true)
    let folder = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/snapshot.bin"
    try trained.snapshot.encoded().write(to: URL(fileURLWithPath: path))
    let read = try #require(MatcherSnapshot.read(path: path))
    #expect(read == trained.snapshot)
    let restored = KeywordMatcher(snapshot: read, today: nil)
    let lines = Self.unseenWording + ["settle the bill", "abort everything", "注文", "1002", ""]
    for line in lines {
      #expect(restored.scores(line) == trained.scores(line), "\(line)")
      #expect(restored.explain(line, count: 3) == trained.explain(line, count: 3), "\(line)")
    }
  }

  @Test func aSnapshotOfAnotherTableIsNotUsed() throws {
    let folder = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let table = folder + "/copy.vectors"
    try FileManager.default.copyItem(atPath: WordVectorsTests.path, toPath: table)
    let text = Self.catalogText(wordVectors: true).replacingOccurrences(
      of: WordVectorsTests.path, with: table)
    let catalog = try CatalogLoader.load(files: [("intents/test.yml", text)]).catalog
    let path = folder + "/snapshot.bin"
    try KeywordMatcher(catalog: catalog).snapshot.encoded().write(to: URL(fileURLWithPath: path))
    #expect(MatcherSnapshot.read(path: path) != nil)
    // The same words with new contents: a new identity in the header.
    var bytes = try Data(contentsOf: URL(fileURLWithPath: table))
    bytes[16] ^= 0xFF
    try bytes.write(to: URL(fileURLWithPath: table))
    #expect(MatcherSnapshot.read(path: path) == nil)
    try FileManager.default.removeItem(atPath: table)
    #expect(MatcherSnapshot.read(path: path) == nil)
  }

  @Test func theSettingIsAPathFromTheSettingsFileAndABadOneIsLocated() throws {
    let folder = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(
      atPath: WordVectorsTests.path, toPath: folder + "/words.vectors")
    try "settings:\n  word_vectors: words.vectors\n".write(
      toFile: folder + "/settings.yml", atomically: true, encoding: .utf8)
    try "intents:\n  - name: hello\n    examples: [hello there, good morning]\n".write(
      toFile: folder + "/intents.yml", atomically: true, encoding: .utf8)
    let loaded = try CatalogLoader.load(directory: folder).catalog
    #expect(loaded.settings.wordVectors?.path == folder + "/words.vectors")

    try "settings:\n  threshold: 0.3\n  word_vectors: nowhere.vectors\n".write(
      toFile: folder + "/settings.yml", atomically: true, encoding: .utf8)
    do {
      _ = try CatalogLoader.load(directory: folder)
      Issue.record("a missing table was accepted")
    } catch {
      let message = "\(error)"
      #expect(message.contains("settings.yml:3:17"), "\(message)")
      #expect(message.contains("nowhere.vectors"), "\(message)")
    }
  }
}
