import Testing

@testable import IntentMatching

struct IntentCatalogTests {
  static let here = SourceLocation(path: "test.yml", line: 1, column: 1)

  static func example(_ text: String) -> Example {
    Example(text: text, language: .english, location: here)
  }

  static func intent(_ name: String, _ text: String) -> IntentDefinition {
    IntentDefinition(name: name, examples: [example(text)], location: here)
  }

  @Test func anIntentIsFoundByNameAndTheFirstOfTwoWins() {
    let catalog = IntentCatalog(intents: [
      Self.intent("greeting", "hi"), Self.intent("order_status", "where is my order"),
      Self.intent("greeting", "hello"),
    ])
    #expect(catalog.intent(named: "order_status")?.examples.first?.text == "where is my order")
    #expect(catalog.intent(named: "greeting")?.examples.first?.text == "hi")
    #expect(catalog.intent(named: "refund") == nil)
  }

  @Test func theLookupFollowsChangesToTheIntents() {
    var catalog = IntentCatalog(intents: [Self.intent("greeting", "hi")])
    catalog.intents.append(Self.intent("refund", "money back"))
    catalog.intents[0].examples = [Self.example("hey")]
    #expect(catalog.intent(named: "refund")?.examples.first?.text == "money back")
    #expect(catalog.intent(named: "greeting")?.examples.first?.text == "hey")
    catalog.intents.removeFirst()
    #expect(catalog.intent(named: "greeting") == nil)
    #expect(catalog.intent(named: "refund")?.name == "refund")
  }
}
