import Foundation
import Testing

@testable import IntentMatching

struct SettingsUpdaterTests {
  static let settings = CatalogSettings(threshold: 0.42, margin: 0.06)

  func store(_ files: [String: String]) throws -> (written: String, files: [String: String]) {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for (name, text) in files {
      try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
    let written = try SettingsUpdater.store(Self.settings, inCatalog: directory)
    var result: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
      result[name] = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
    }
    return (String(written.dropFirst(directory.count + 1)), result)
  }

  @Test func editsValuesInPlaceKeepingComments() throws {
    let original = """
      # Matcher settings.
      settings:
        threshold: 0.3   # provisional
        languages: [en, ja]
      intents:
        - name: greeting
          examples: [hello]

      """
    let (written, files) = try store(["settings.yml": original])
    #expect(written == "settings.yml")
    #expect(
      files["settings.yml"] == """
        # Matcher settings.
        settings:
          margin: 0.0600
          threshold: 0.4200   # provisional
          languages: [en, ja]
        intents:
          - name: greeting
            examples: [hello]

        """)
  }

  @Test func findsTheFileHoldingSettings() throws {
    let (written, files) = try store([
      "a.yml": "intents:\n  - name: greeting\n    examples: [hello]\n",
      "z.yml": "settings: {threshold: 0.3, margin: 0.1}\n",
    ])
    #expect(written == "z.yml")
    #expect(files["z.yml"] == "settings: {threshold: 0.4200, margin: 0.0600}\n")
  }

  @Test func createsSettingsWhenNoFileHasThem() throws {
    let (written, files) = try store([
      "intents.yml": "intents:\n  - name: greeting\n    examples: [hello]\n"
    ])
    #expect(written == "settings.yml")
    #expect(files["settings.yml"] == "settings:\n  threshold: 0.4200\n  margin: 0.0600\n")
  }
}
