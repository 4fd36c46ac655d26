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
    customers: { prefix in
      Completer.Pool(["C-1001", "C-1002", "C-2001"].filter { $0.hasPrefix(prefix) })
    })

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

  /// The first customers of a search that stopped at its limit: others may share less of the
  /// word, so nothing is inserted and the list says there are more.
  @Test func aSearchCutAtItsLimitInsertsNothingAndSaysSo() {
    let partial = Completer(
      registry: CommandRegistry([
        SlashCommand(name: "as", summary: "", completion: .customers) { _, _ in CommandResult("") }
      ]),
      intentNames: { [] },
      customers: { _ in Completer.Pool(["C-1001", "C-1002"], isPartial: true) })
    let completion = partial.complete("/as C-1")
    #expect(completion.insertion == "")
    #expect(completion.candidates == ["C-1001", "C-1002"])
    #expect(completion.isPartial)
    #expect(!completer.complete("/as C-10").isPartial)
  }
}
