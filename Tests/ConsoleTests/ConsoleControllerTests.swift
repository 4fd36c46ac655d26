import Console
import Dialogue
import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

@Suite struct ConsoleControllerTests {
  private func controller(
    role: Role = .agent, customer: String? = nil,
    reload: @escaping ConsoleController.CatalogReloader = {
      (EngineFactory.catalog, EngineFactory.matcher)
    }
  ) throws -> ConsoleController {
    let engine = try EngineFactory.engine()
    let session = Session(
      settings: SessionSettings(role: role, customerID: customer, channel: .pipe))
    return ConsoleController(
      engine: engine, session: session, style: Style(enabled: false), showsIntentTags: false,
      reloadCatalog: reload)
  }

  @Test func whyShowsTheTopThreeIntentsAndTheThreshold() throws {
    let console = try controller()
    _ = console.handle("what are your opening hours?")
    let why = console.handle("/why").output
    #expect(why.hasPrefix("Last line: what are your opening hours?\nDecision: business_hours"))
    #expect(why.contains("threshold"))
    #expect(why.contains("1. business_hours  score"))
    #expect(why.contains("3. "))
    #expect(why.contains("matched: "))
  }

  @Test func whyBeforeAnyLineSaysSo() throws {
    #expect(
      try controller().handle("/why").output == "Nothing to explain yet: type a question first.")
  }

  @Test func unknownCommandNamesTheClosest() throws {
    let result = try controller().handle("/hepl")
    #expect(result.output == "Unknown command /hepl. Did you mean /help? Type /help for the list.")
    #expect(result.failed)
  }

  @Test func helpListsEveryCommand() throws {
    let console = try controller()
    let help = console.handle("/help").output
    for command in console.registry.commands { #expect(help.contains("/" + command.name)) }
  }

  @Test func intentsFilters() throws {
    let output = try controller().handle("/intents refund").output
    #expect(output.contains("refund_status"))
    #expect(!output.contains("greeting"))
  }

  @Test func reloadWithABrokenCatalogKeepsTheOldOne() throws {
    struct Broken: Error, CustomStringConvertible {
      var description: String { "intents/faq.yml:3:5: error: unknown key 'exmaples'" }
    }
    let console = try controller(reload: { throw Broken() })
    let result = console.handle("/reload")
    #expect(result.output.hasPrefix("intents/faq.yml:3:5: error: unknown key 'exmaples'"))
    #expect(result.failed)
    #expect(console.handle("hello").output.contains("Welcome"))
  }

  @Test func saveWritesATranscriptThatReplays() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let console = try controller()
    _ = console.handle("hello")
    _ = console.handle("返品の条件は？")
    let path = folder.file("saved.chat")
    #expect(console.handle("/save \(path)").output == "Saved 2 turns to \(path).")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var report = TranscriptRunner.Report()
    TranscriptRunner(engine: try EngineFactory.engine()).run(
      try TranscriptParser.parse(text, path: path), into: &report)
    #expect(report.failures.isEmpty && report.passed == 4)
  }

  @Test func aCustomerSessionCannotSpeakAsSomeoneElse() throws {
    let console = try controller(role: .customer, customer: "C-1001")
    let result = console.handle("/as C-1002")
    #expect(result.output == "/as is not available in a customer session.")
    #expect(console.session.settings.customerID == "C-1001")
  }

  @Test func asSwitchesCustomerAndChecksItExists() throws {
    let console = try controller()
    #expect(console.handle("/as C-9999").output == "No customer C-9999.")
    #expect(console.handle("/as c-1001").output.hasPrefix("Now speaking as C-1001 ("))
    #expect(console.session.settings.role == .customer)
    #expect(console.prompt == "switchboard·customer·C-1001> ")
  }

  @Test func controlSequencesInInputAreNeverEchoed() throws {
    let console = try controller()
    let output = console.handle("\u{1B}[2Jwhere is order \u{1B}]0;x\u{07}12345678").output
    #expect(!output.contains("\u{1B}"))
  }
}
