import Foundation
import Testing

@testable import IntentMatching

struct CatalogLoaderTests {
  static let faq = """
    settings:
      threshold: 0.4
      margin: 0.05
      languages: [en, ja]
    intents:
      - name: business_hours
        description: When the desk is open
        keywords:
          en: [hours, open]
          ja: [営業時間]
        examples:
          en:
            - what are your opening hours?
          ja:
            - 営業時間は？
        answers:
          en: We are open 9 to 6.
          ja: [平日9時〜18時です。, 9時から18時までです。]
      - name: order_status
        examples: [where is my order, 注文はどこ]
        handler: order_status
        slots: [order_id]
        prompts:
          order_id:
            en: Which order number?
            ja: 注文番号を教えてください。
    synonyms:
      refund: [money back, 返金]
    entities:
      - name: ticket_id
        pattern: 'TCK-\\d+'
      - name: color
        values: [red, 赤]
    out_of_scope:
      - what is the weather
    """

  @Test func readsEveryKey() throws {
    let catalog = try CatalogLoader.load(files: [("intents/faq.yml", Self.faq)]).catalog
    #expect(catalog.settings == CatalogSettings(threshold: 0.4, margin: 0.05))
    #expect(catalog.intents.map(\.name) == ["business_hours", "order_status"])
    let hours = try #require(catalog.intent(named: "business_hours"))
    #expect(hours.description == "When the desk is open")
    #expect(hours.keywords.map(\.text) == ["hours", "open", "営業時間"])
    #expect(hours.examples.map(\.language) == [.english, .japanese])
    #expect(
      hours.examples[0].location == SourceLocation(path: "intents/faq.yml", line: 13, column: 11))
    #expect(hours.answers[.japanese]?.count == 2)
    let order = try #require(catalog.intent(named: "order_status"))
    #expect(order.examples.map(\.language) == [.english, .japanese])
    #expect(order.handler == "order_status")
    #expect(order.slots == ["order_id"])
    #expect(order.prompts["order_id"]?[.japanese] == "注文番号を教えてください。")
    #expect(catalog.synonyms["refund"] == ["money back", "返金"])
    #expect(catalog.entities.map(\.name) == ["ticket_id", "color"])
    #expect(catalog.entities[1].recogniser == .values(["red", "赤"]))
    #expect(catalog.outOfScopeExamples.map(\.text) == ["what is the weather"])
  }

  @Test func readsAFolderInNameOrderSkippingRules() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let files = [
      "b.yml": "intents:\n  - name: second\n    examples: [two]\n",
      "a.yaml": "intents:\n  - name: first\n    examples: [one]\n",
      "rules.yml": "rules: [whatever: the dialogue layer reads this]\n",
      "notes.txt": "not an intent file",
    ]
    for (name, text) in files {
      try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
    let catalog = try CatalogLoader.load(directory: directory).catalog
    #expect(catalog.intents.map(\.name) == ["first", "second"])
    #expect(catalog.intents[0].location.path == directory + "/a.yaml")
  }

  @Test func emptyFileIsAllowed() throws {
    let loaded = try CatalogLoader.load(files: [("intents/empty.yml", "# nothing yet\n")])
    #expect(loaded.catalog.intents.isEmpty)
  }

  @Test func builtInCatalogLoads() throws {
    let root = URL(fileURLWithPath: Fixture.directory).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
    guard FileManager.default.fileExists(atPath: root + "/intents") else { return }
    let loaded = try CatalogLoader.load(directory: root + "/intents")
    #expect(!loaded.catalog.intents.isEmpty)
  }
}
