import Foundation

/// Everything the console keeps: the CRM, the conversation log and the back-office records.
///
/// A backend implements these few operations: one read of records (``fetch(_:)``), one change
/// of records (``change(_:)``), the log's four writes, the bulk operations (export, forget,
/// prune) and a unit of work. Everything else (`order(id:)`, `customers(matching:limit:)`, ...)
/// is a convenience in a protocol extension (Store+Records.swift). How a backend makes this fast
/// (batched commits, statement caches, counts held until a commit, reads remembered inside a
/// unit) stays inside it.
///
/// Implemented by ``SQLiteStore`` (GRDB) and `PostgresStore`. Errors are ``StoreError``; a database library's own
/// errors never leave its backend. Go through ``BackOffice`` for access control and auditing.
public protocol Store: Sendable {
  /// The records `query` asks for, without access control (see ``RecordQuery``).
  func fetch(_ query: RecordQuery) throws(StoreError) -> Records

  /// Applies one business change in one transaction and returns the records as they are now
  /// (see ``RecordChange``); empty when the record to change is unknown.
  func change(_ change: RecordChange) throws(StoreError) -> Records

  /// Opens a new conversation and returns its id.
  func startConversation(_ conversation: NewConversation) throws(StoreError) -> Int64

  /// Writes one turn (the user's line and the reply), in its own transaction or in the open
  /// unit of work (see ``unitOfWork(_:)``), before it is shown.
  func recordTurn(_ turn: TurnRecord) throws(StoreError)

  /// Closes a conversation with its outcome.
  func endConversation(id: Int64, outcome: ConversationOutcome, at date: Date) throws(StoreError)

  /// Appends one entry to the audit log.
  func appendAudit(_ entry: AuditEntry) throws(StoreError)

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

  /// Runs `body` with a writer into the store's tables, in one transaction of its own: kept
  /// when `body` returns true, undone (nothing written) when it returns false or throws, or when
  /// the process dies before the commit. Returns what `body` returned. Not inside a unit of work.
  /// Go through ``BackOffice/importRecords(_:)`` or ``StoreCopy`` (access, audit).
  func bulkWrite(_ body: (any TableWriter) throws(StoreError) -> Bool) throws(StoreError) -> Bool

  /// Every row of one of the record tables (``recordTables``), with its column names: for
  /// copying a whole database.
  func dump(_ table: String) throws(StoreError) -> StoredTable

  /// Runs `body` as one unit of work: the writes it makes (turns, audit entries, conversations,
  /// changes) are committed together when it returns, and its reads see them. Each write inside
  /// is undone alone when it fails. Throws, and none of the unit's writes is kept, when the
  /// commit fails: a caller shows what `body` produced only after this returns. A unit inside a
  /// unit joins the outer one.
  func unitOfWork<T>(_ body: () -> T) throws(StoreError) -> T
}
