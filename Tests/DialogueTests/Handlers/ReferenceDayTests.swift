import Dialogue
import Foundation
import Office
import Testing

/// With a reference day (the interactive console, `ask`), invoices past their due date are
/// answered as overdue; without one (piped sessions, transcripts) as stored, on any day.
@Suite struct ReferenceDayTests {
  private func reply(_ line: String, on day: String?) throws -> String {
    let engine = try TestEngine.make()
    engine.referenceDay = day
    let session = Session(
      settings: SessionSettings(role: .customer, customerID: "C-1001", channel: .test))
    return try engine.respond(to: line, in: session).reply
  }

  @Test func anInvoicePastItsDueDateIsOverdueOnTheReferenceDay() throws {
    let late = try reply("has invoice INV-1001 been paid", on: "2026-11-29")
    #expect(late.contains("is overdue: it was due on Nov 3, 2026"), "\(late)")
    let stored = try reply("has invoice INV-1001 been paid", on: nil)
    #expect(stored.contains("unpaid"), "\(stored)")
    let japanese = try reply("請求書INV-1001は支払い済みですか", on: "2026-11-29")
    #expect(japanese.contains("支払期限"), "\(japanese)")
  }

  @Test func theBalanceNamesTheOverduePart() throws {
    let late = try reply("what is my account balance", on: "2026-11-29")
    let stored = try reply("what is my account balance", on: nil)
    #expect(late.contains("overdue"), "\(late)")
    #expect(late != stored)
  }
}
