import Console
import Testing

@Suite struct CompleterTests {
  private let completer = Completer(
    registry: CommandRegistry(
      [
        SlashCommand(name: "help", summary: "") { _, _ in CommandResult("") },
        SlashCommand(name: "as", summary: "", completion: .customers) { _, _ in CommandResult("") },
        SlashCommand(name: "intents", summary: "", completion: .intents) { _, _ in
          CommandResult("")
        },
        SlashCommand(name: "end", summary: "", completion: .words(["resolved", "escalated"])) {
          _, _ in CommandResult("")
        },
      ]),
    intentNames: { ["order_status", "refund_status", "return_policy"] },
    customers: { prefix in ["C-1001", "C-1002", "C-2001"].filter { $0.hasPrefix(prefix) } })

  @Test(arguments: [
    ("/he", "lp ", ["/help"]),
    ("/", "", ["/as", "/end", "/help", "/intents"]),
    ("/intents ord", "er_status ", ["order_status"]),
    ("/intents re", "", ["refund_status", "return_policy"]),
    ("/intents ret", "urn_policy ", ["return_policy"]),
    ("/as C-10", "0", ["C-1001", "C-1002"]),
    ("/end r", "esolved ", ["resolved"]),
    ("/help x", "", []),
    ("where is", "", []),
    ("/nothing x", "", []),
  ])
  func completesCommandsAndTheirArguments(typed: String, insertion: String, candidates: [String]) {
    let completion = completer.complete(typed)
    #expect(completion.insertion == insertion)
    #expect(completion.candidates == candidates)
  }
}
