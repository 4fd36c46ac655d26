import Foundation
import Testing

@testable import IntentMatching

/// What `intents import` plans for a folder: refuses a catalog without `force`, replaces only
/// the files an import wrote, keeps everything else byte for byte.
struct CatalogImportPlanTests {
  private static let rows = [
    LabelledExample(text: "where is my parcel", intent: "track", line: 2),
    LabelledExample(text: "tell me a joke", intent: "oos", line: 3),
  ]

  private func folder(_ files: [String: String]) throws -> String {
    let directory = try Fixture.temporaryDirectory()
    for (name, text) in files {
      try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
    return directory
  }

  @Test func anEmptyFolderGetsTheImportedFiles() throws {
    let directory = try folder([:])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let plan = try CatalogImportPlan.make(
      CatalogWriter.importedCatalog(from: Self.rows), into: directory, force: false)
    #expect(plan.writes.map(\.name) == ["settings.yml", "intents.yml", "out_of_scope.yml"])
    #expect(plan.removals.isEmpty && plan.kept.isEmpty)
  }

  @Test func aFolderWithACatalogIsRefusedWithoutForce() throws {
    let directory = try folder(["faq.yml": "# mine\nintents: []\n"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(
      throws: CatalogImportPlan.Problem.catalogExists(directory: directory, files: ["faq.yml"])
    ) {
      _ = try CatalogImportPlan.make(
        CatalogWriter.importedCatalog(from: Self.rows), into: directory, force: false)
    }
  }

  @Test func forceKeepsSettingsHeldByAFileImportDidNotWrite() throws {
    let directory = try folder([
      "tuned.yml": "# calibrated\nsettings:\n  threshold: 0.4\n",
      "out_of_scope.yml": "# ours\nout_of_scope: [weather]\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let plan = try CatalogImportPlan.make(
      CatalogWriter.importedCatalog(from: Self.rows), into: directory, force: true)
    #expect(plan.writes.map(\.name) == ["intents.yml", "imported_out_of_scope.yml"])
    #expect(plan.kept == ["out_of_scope.yml", "tuned.yml"])
  }

  @Test func forceReplacesAndRemovesOnlyWhatAnImportWrote() throws {
    let earlier = CatalogWriter.importedCatalog(from: Self.rows)
    let directory = try folder(Dictionary(uniqueKeysWithValues: earlier.map { ($0.name, $0.text) }))
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let plan = try CatalogImportPlan.make(
      CatalogWriter.importedCatalog(from: [Self.rows[0]]), into: directory, force: true)
    #expect(plan.writes.map(\.name) == ["settings.yml", "intents.yml"])
    #expect(plan.removals == ["out_of_scope.yml"])
    #expect(plan.kept.isEmpty)
  }

  @Test func responsesBecomeAnswers() throws {
    let rows = [
      LabelledExample(
        text: "hello", intent: "greeting", line: 2, response: "Hello!",
        responseJapanese: "こんにちは"),
      LabelledExample(text: "hi there", intent: "greeting", line: 3, response: "Hi!"),
      LabelledExample(text: "bye", intent: "goodbye", line: 4, response: "Goodbye."),
    ]
    let files = CatalogWriter.importedCatalog(from: rows)
    let catalog = try CatalogLoader.load(files: files.map { ("x/" + $0.name, $0.text) }).catalog
    #expect(catalog.intents[0].answers == [.english: ["Hello!", "Hi!"], .japanese: ["こんにちは"]])
    #expect(catalog.intents[1].answers == [.english: ["Goodbye."]])
    #expect(files.allSatisfy { CatalogWriter.isOwned($0.text) })
  }
}
