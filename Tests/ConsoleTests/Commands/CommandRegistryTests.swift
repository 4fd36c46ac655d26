import Console
import Testing

@Suite struct CommandRegistryTests {
  private let registry = CommandRegistry(
    ["help", "quit", "as", "end", "why", "intents", "reload", "save"].map { name in
      SlashCommand(name: name, summary: "") { _, _ in CommandResult("") }
    })

  @Test(arguments: [
    ("hepl", "help"), ("qiut", "quit"), ("intent", "intents"), ("relaod", "reload"),
    ("sve", "save"),
  ])
  func suggestsTheClosestName(typed: String, expected: String) {
    #expect(registry.closest(to: typed) == expected)
  }

  @Test func suggestsNothingForUnrelatedWords() {
    #expect(registry.closest(to: "photosynthesis") == nil)
  }
}
