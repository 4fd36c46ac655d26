import Dialogue
import Office
import TestSupport
import Testing

@Suite struct TranscriptRunnerTests {
  @Test func countsPassingAndFailingExpectations() throws {
    let engine = try EngineFactory.engine()
    let text = """
      > what are your opening hours?
      = business_hours
      < 9:00
      < /open .* friday/
      > hello
      = goodbye
      < no such text
      """
    var report = TranscriptRunner.Report()
    TranscriptRunner(engine: engine).run(
      try TranscriptParser.parse(text, path: "t.chat"), into: &report)
    #expect(report.passed == 3)
    #expect(report.failures.map(\.line) == [6, 7])
    #expect(report.failures[0].description == "t.chat:6: expected intent 'goodbye', got 'greeting'")
    #expect(report.summary == "3 passed, 2 failed")
  }

  @Test func aSavedConversationReplaysAndPasses() throws {
    let engine = try EngineFactory.engine()
    let settings = SessionSettings(role: .customer, customerID: "C-1001", channel: .test)
    let session = Session(settings: settings)
    for line in ["hi", "do you take credit cards", "返品できますか", "tell me a joke about cats"] {
      _ = try engine.respond(to: line, in: session)
    }
    let saved = TranscriptWriter.text(for: session.turns, settings: session.settings)
    #expect(saved.contains("@as C-1001\n@role customer\n> hi\n= greeting\n"))
    var report = TranscriptRunner.Report()
    let replay = try EngineFactory.engine()
    TranscriptRunner(engine: replay).run(
      try TranscriptParser.parse(saved, path: "s.chat"), into: &report)
    #expect(report.failures.isEmpty)
    #expect(report.passed == 8)
  }
}
