import Testing

@testable import IntentMatching

/// The run-time checks of `intents validate`: unknown handlers and slots, located on their value.
struct CatalogLinterRunTimeTests {
  private static let text = """
    intents:
      - name: leave
        examples: [how many days off do i have]
        handler: leave_balance
        slots:
          - employee
          - dept
      - name: hours
        examples: [when are you open]
        handler: hours

    """

  @Test func locatesUnknownHandlersAndSlotsOnTheirValue() throws {
    let catalog = try CatalogLoader.load(files: [("c/a.yml", Self.text)]).catalog
    let errors = CatalogLinter.runTimeErrors(
      for: catalog, directory: "c", handlers: ["leave_balance"], handlerSlots: ["employee"],
      files: ["c/a.yml": Self.text])
    #expect(errors.map(\.location.description) == ["c/a.yml:7:9", "c/a.yml:10:14"])
    #expect(errors[0].message.contains("slot 'dept'"))
    #expect(errors[1].message.contains("no handler is named 'hours'"))
  }

  @Test func withoutTheTextTheIntentIsTheLocation() throws {
    let catalog = try CatalogLoader.load(files: [("c/a.yml", Self.text)]).catalog
    let errors = CatalogLinter.runTimeErrors(
      for: catalog, directory: "c", handlers: ["leave_balance", "hours"],
      handlerSlots: ["employee"])
    #expect(errors.map(\.location) == [catalog.intents[0].location])
  }

  @Test func aDeclaredEntityIsAKnownSlot() throws {
    let text = Self.text + "entities:\n  - name: dept\n    values: [sales, hr]\n"
    let catalog = try CatalogLoader.load(files: [("c/a.yml", text)]).catalog
    let errors = CatalogLinter.runTimeErrors(
      for: catalog, directory: "c", handlers: ["leave_balance", "hours"],
      handlerSlots: ["employee"])
    #expect(errors.isEmpty)
  }
}
