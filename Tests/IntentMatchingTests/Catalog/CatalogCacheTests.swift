import Foundation
import Testing

@testable import IntentMatching

/// The trained-matcher cache: a restored matcher answers exactly as a freshly trained one, a
/// changed file or build means a new training, and a damaged file is never used.
@Suite struct CatalogCacheTests {
  private static let root = URL(fileURLWithPath: Fixture.directory).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The snapshot `bytes` hold, read from a file as the cache reads one.
  private func decoded(_ bytes: Data) throws -> MatcherSnapshot? {
    let folder = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/snapshot.bin"
    try bytes.write(to: URL(fileURLWithPath: path))
    return MatcherSnapshot.read(path: path)
  }

  /// The built-in catalog copied into a temporary folder, which the caller removes.
  private func catalogCopy() throws -> String {
    let folder = try Fixture.temporaryDirectory()
    let intents = Self.root + "/intents"
    for name in try FileManager.default.contentsOfDirectory(atPath: intents) {
      try FileManager.default.copyItem(atPath: intents + "/" + name, toPath: folder + "/" + name)
    }
    return folder
  }

  /// Runs `body` with a copy of the built-in catalog and an empty cache for "test build" in
  /// its folder, both removed afterwards.
  private func withCopyAndCache(
    _ body: (_ intents: String, _ cacheFolder: String, _ cache: CatalogCache) throws -> Void
  ) throws {
    let intents = try catalogCopy()
    let cacheFolder = try Fixture.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: intents)
      try? FileManager.default.removeItem(atPath: cacheFolder)
    }
    try body(intents, cacheFolder, CatalogCache(directory: cacheFolder, salt: "test build"))
  }

  private func cachedFiles(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasSuffix(".bin")
    }
  }

  @Test func aRestoredMatcherAnswersExactlyAsTheTrainedOne() throws {
    let catalog = try CatalogLoader.load(directory: Self.root + "/intents").catalog
    let trained = KeywordMatcher(catalog: catalog)
    let snapshot = trained.snapshot
    let read = try #require(try decoded(snapshot.encoded()))
    #expect(read == snapshot)
    let restored = KeywordMatcher(snapshot: read, today: nil)
    let lines =
      try LabelledData.read(path: Self.root + "/Tests/Paraphrases/heldout.csv")
      .map(\.text) + ["refnud please", "P-1002の在庫", "where is order 1002 due 2026-12-01"]
    #expect(lines.count > 200)
    for line in lines {
      #expect(restored.classify(line) == trained.classify(line), "\(line)")
      #expect(restored.explain(line, count: 3) == trained.explain(line, count: 3), "\(line)")
    }
  }

  @Test func damagedSnapshotsAreRefused() throws {
    let catalog = try CatalogLoader.load(directory: Self.root + "/intents").catalog
    let bytes = KeywordMatcher(catalog: catalog).snapshot.encoded()
    #expect(try decoded(bytes.prefix(bytes.count - 1)) == nil)
    #expect(try decoded(bytes + Data([0])) == nil)
    #expect(try decoded(Data("SBMATCH1 not really".utf8)) == nil)
    var garbled = bytes
    garbled[20] ^= 0xFF
    #expect(try decoded(garbled) == nil)
    #expect(try decoded(Data()) == nil)
  }

  /// A file read in parts (the weights straight into their array) is refused as a whole when
  /// any part changed or is missing.
  @Test func aDamagedFileIsRefusedWhicheverPartChanged() throws {
    let catalog = try CatalogLoader.load(directory: Self.root + "/intents").catalog
    let snapshot = KeywordMatcher(catalog: catalog).snapshot
    let bytes = snapshot.encoded()
    let folder = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/matcher.bin"
    func read(_ data: Data) throws -> MatcherSnapshot? {
      try data.write(to: URL(fileURLWithPath: path))
      return MatcherSnapshot.read(path: path)
    }
    #expect(try read(bytes) == snapshot)
    // Before the weights, in them, in the checksum; cut short, one byte more.
    for offset in [20, bytes.count / 2, bytes.count - 12, bytes.count - 1] {
      var garbled = bytes
      garbled[offset] ^= 0x01
      #expect(try read(garbled) == nil, "byte \(offset)")
    }
    #expect(try read(bytes.prefix(bytes.count - 1)) == nil)
    #expect(try read(bytes + Data([0])) == nil)
    #expect(try read(Data()) == nil)
    #expect(MatcherSnapshot.read(path: folder + "/missing.bin") == nil)
  }

  @Test func theSecondLoadIsRestoredAndAChangeRetrains() throws {
    try withCopyAndCache { intents, cacheFolder, cache in
      let first = try cache.load(catalogDirectory: intents, today: nil)
      #expect(cachedFiles(cacheFolder).count == 1)
      let second = try cache.load(catalogDirectory: intents, today: nil)
      #expect(second.matcher.snapshot == first.matcher.snapshot)
      #expect(second.loaded.catalog.intents.map(\.name) == first.loaded.catalog.intents.map(\.name))

      let faq = intents + "/faq.yml"
      let text = try String(contentsOfFile: faq, encoding: .utf8)
      try (text + "\n# a comment changes the file\n").write(
        toFile: faq, atomically: true, encoding: .utf8)
      _ = try cache.load(catalogDirectory: intents, today: nil)
      #expect(cachedFiles(cacheFolder).count == 2)

      _ = try CatalogCache(directory: cacheFolder, salt: "another build")
        .load(catalogDirectory: intents, today: nil)
      #expect(cachedFiles(cacheFolder).count == 3)
    }
  }

  @Test func aDamagedCacheFileIsReplaced() throws {
    try withCopyAndCache { intents, cacheFolder, cache in
      let trained = try cache.load(catalogDirectory: intents, today: nil).matcher
      let file = cacheFolder + "/" + cachedFiles(cacheFolder)[0]
      try Data("half a file".utf8).write(to: URL(fileURLWithPath: file))
      let again = try cache.load(catalogDirectory: intents, today: nil).matcher
      #expect(again.snapshot == trained.snapshot)
      let rewritten = try Data(contentsOf: URL(fileURLWithPath: file))
      #expect(try decoded(rewritten) == trained.snapshot)
    }
  }

  @Test func aBrokenCatalogStillFailsWithItsLocation() throws {
    let intents = try Fixture.temporaryDirectory()
    let cacheFolder = try Fixture.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: intents)
      try? FileManager.default.removeItem(atPath: cacheFolder)
    }
    try "intents:\n  - name: [oops\n".write(
      toFile: intents + "/bad.yml", atomically: true, encoding: .utf8)
    #expect(throws: CatalogError.self) {
      try CatalogCache(directory: cacheFolder, salt: "x").load(
        catalogDirectory: intents, today: nil)
    }
    #expect(cachedFiles(cacheFolder).isEmpty)
  }
}
