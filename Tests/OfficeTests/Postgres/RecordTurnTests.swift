import Foundation
import Office
import Testing

@testable import OfficePostgres

/// A turn is logged in one round trip (`switchboard_record_turn`); one that fails is undone
/// alone, and the unit of work around it goes on.
@Suite(.serialized) struct RecordTurnTests {
  private func turn(_ conversation: Int64, _ text: String) -> TurnRecord {
    TurnRecord(
      conversationID: conversation, speaker: "customer", text: text, reply: "Hello!",
      intent: "greeting", confidence: 0.9, slots: [:], language: "en", agent: "mia",
      role: .agent, channel: .pipe, at: Date(timeIntervalSince1970: 1_790_000_000))
  }

  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func aFailedTurnInsideAUnitIsUndoneAloneAndTheUnitCommits() throws {
    let (opened, remove) = try StoreBackend.postgres(try #require(StoreBackend.postgresServer))
      .open()
    defer { remove() }
    let store = try #require(opened as? PostgresStore)
    let conversation = try store.startConversation(
      NewConversation(
        customerID: nil, channel: .pipe, agent: "mia", role: .agent, startedAt: Date()))
    var failure: StoreError?
    try store.unitOfWork {
      do throws(StoreError) {
        try store.recordTurn(turn(conversation, "hello"))
        try store.recordTurn(turn(999_999, "no such conversation"))
      } catch {
        failure = error
      }
      try? store.recordTurn(turn(conversation, "hello again"))
    }
    #expect(failure?.kind == .failed)
    #expect(failure?.message.contains("SQLSTATE 23503") == true, "\(failure?.message ?? "")")
    let texts = try store.rows(
      "SELECT text FROM messages WHERE conversation_id = \(conversation) ORDER BY id"
    ).map { row throws(StoreError) in try Cells(row).text("text") }
    #expect(texts == ["hello", "Hello!", "hello again", "Hello!"])
    #expect(try store.rows("SELECT 1 FROM messages WHERE conversation_id = 999999").isEmpty)
  }
}
