import Dialogue
import IntentMatching
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

  @Test func theReferenceDayJudgesInvoicesAndIsRestoredAfter() throws {
    let engine = try EngineFactory.engine()
    // INV-1001 of the demo company is stored unpaid, due on 2026-11-03.
    let text = """
      @as C-1001
      @today 2026-12-01
      > has invoice INV-1001 been paid
      < overdue
      ---
      @today 2026-11-02
      > has invoice INV-1001 been paid
      < unpaid
      """
    var report = TranscriptRunner.Report()
    TranscriptRunner(engine: engine).run(text: text, path: "t.chat", into: &report)
    #expect(report.failures.isEmpty, "\(report.failures)")
    #expect(report.passed == 2)
    #expect(engine.referenceDay == nil)
    #expect(engine.classifier is KeywordMatcher)
  }

  @Test func withoutAReferenceDayStatusesAreReadAsStored() throws {
    let engine = try EngineFactory.engine()
    engine.referenceDay = "2026-12-01"
    var report = TranscriptRunner.Report()
    TranscriptRunner(engine: engine).run(
      text: "@as C-1001\n> has invoice INV-1001 been paid\n< unpaid\n", path: "t.chat",
      into: &report)
    #expect(report.failures.isEmpty, "\(report.failures)")
    #expect(engine.referenceDay == "2026-12-01")
  }

  @Test func relativeDatesAreReadOnTheReferenceDay() throws {
    let engine = try EngineFactory.engine()
    let text = """
      @today 2026-12-01
      > can I come by tomorrow?
      > /date
      < 2026-12-02
      ---
      @today 2027-01-31
      > can I come by tomorrow?
      > /date
      < 2027-02-01
      """
    var report = TranscriptRunner.Report()
    let runner = TranscriptRunner(engine: engine) { _, session in
      session.turns.last?.decision.matcher.slots["date"] ?? "no date"
    }
    runner.run(text: text, path: "t.chat", into: &report)
    #expect(report.failures.isEmpty, "\(report.failures)")
    #expect(report.passed == 2)
  }

  @Test func everyCheckIsACaseNamedAsWritten() throws {
    let engine = try EngineFactory.engine()
    let text = """
      > hello
      = greeting
      < /hello|hi/
      ---
      @role wizard
      > hello
      """
    var report = TranscriptRunner.Report()
    TranscriptRunner(engine: engine).run(text: text, path: "t.chat", into: &report)
    #expect(report.cases.map(\.name) == ["= greeting", "< /hello|hi/", "conversation"])
    #expect(report.cases.map(\.line) == [2, 3, 6])
    #expect(report.summary == "2 passed, 1 failed")
  }

  @Test func aFileThatDoesNotParseIsOneFailureNamingItsPathOnce() throws {
    let engine = try EngineFactory.engine()
    var report = TranscriptRunner.Report()
    TranscriptRunner(engine: engine).run(text: "> hi\nhello\n", path: "t.chat", into: &report)
    #expect(report.summary == "0 passed, 1 failed")
    #expect(
      report.failures[0].description
        == "t.chat:2:1: error: unexpected line: expected '>', '=', '<', '@', '#' or '---'\n"
        + "hello\n^")
  }

  @Test func aSavedConversationKeepsItsReferenceDay() throws {
    let engine = try EngineFactory.engine()
    engine.referenceDay = "2026-12-01"
    let session = Session(
      settings: SessionSettings(role: .customer, customerID: "C-1001", channel: .console))
    _ = try engine.respond(to: "has invoice INV-1001 been paid", in: session)
    #expect(session.turns[0].reply.contains("overdue"))
    let saved = TranscriptWriter.text(
      for: session.turns, settings: session.settings, referenceDay: engine.referenceDay)
    #expect(saved.contains("@role customer\n@today 2026-12-01\n> has invoice"))
    var report = TranscriptRunner.Report()
    TranscriptRunner(engine: try EngineFactory.engine()).run(
      text: saved, path: "s.chat", into: &report)
    #expect(report.failures.isEmpty, "\(report.failures)")
    #expect(report.passed == 2)
  }
}
