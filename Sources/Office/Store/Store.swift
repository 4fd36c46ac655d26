import Foundation

/// Everything the console keeps: the CRM, the conversation log and the back-office records.
///
/// Implemented by ``SQLiteStore`` (GRDB) today; a PostgreSQL store can follow. Errors are
/// ``StoreError``; a database library's own errors never leave Office. The back-office records
/// are in ``OfficeRecords``; go through ``BackOffice`` for access control and auditing.
public protocol Store: OfficeRecords {
  /// The customer with that id, if any.
  func customer(id: String) throws(StoreError) -> Customer?

  /// Opens a new conversation and returns its id.
  func startConversation(_ conversation: NewConversation) throws(StoreError) -> Int64

  /// Writes one turn (the user's line and the reply) in one transaction, before it is shown
  /// (while group commit is on, in the open group: durable at the next ``commitLog()``).
  func recordTurn(_ turn: TurnRecord) throws(StoreError)

  /// Turns group commit on or off. While it is on, the first write opens a transaction that
  /// the following reads and writes (turns, audit entries, conversations, back-office changes)
  /// join, each write in a savepoint of its own, until ``commitLog()`` commits them together.
  /// A caller shows a reply only after the commit that holds its turn. Turning it off commits.
  func batchLogWrites(_ on: Bool) throws(StoreError)

  /// Commits the open group of writes (nothing when none is open); throws when SQLite rolled
  /// the group back, so that none of its replies is shown.
  func commitLog() throws(StoreError)

  /// Closes a conversation with its outcome.
  func endConversation(id: Int64, outcome: ConversationOutcome, at date: Date) throws(StoreError)

  /// Writes the records of `entity` to `sink`, one line at a time, in id order, and returns how
  /// many were written: every record, or with `customerID` only that customer's (entities that
  /// belong to no customer, such as products, are written whole). Go through
  /// ``BackOffice/export(_:format:to:)`` for access control and auditing.
  func export(
    _ entity: ExportEntity, format: ExportFormat, customerID: String?, to sink: (String) -> Void
  ) throws(StoreError) -> Int

  /// Erases a customer's personal data and every word of their conversations, leaving no copy
  /// in the database's files (see ``ForgetReport``); nil when there is no such customer.
  func forgetCustomer(id: String) throws(StoreError) -> ForgetReport?

  /// Deletes the conversations started before `day` (`yyyy-MM-dd`, UTC) with their messages;
  /// the report's counts of turns stay.
  func prune(before day: String) throws(StoreError) -> PruneReport
}

extension Store {
  /// Writes every record of `entity` to `sink`, one line at a time, in id order (no access
  /// control: tests and the store's own tools).
  public func export(_ entity: ExportEntity, format: ExportFormat, to sink: (String) -> Void)
    throws(StoreError)
  {
    _ = try export(entity, format: format, customerID: nil, to: sink)
  }
}
