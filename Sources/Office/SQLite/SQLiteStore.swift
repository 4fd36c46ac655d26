import Foundation

// TEMPORARY STUB: the Office owner replaces this with the GRDB implementation.

/// The SQLite implementation of ``Store`` (GRDB, WAL mode, migrations, demo company on first use).
public final class SQLiteStore: Store {
  /// Opens (creating, migrating and seeding with the demo company when new) the database at `path`.
  public init(path: String) throws(StoreError) {}

  /// An in-memory database for unit tests, migrated and optionally seeded.
  public init(inMemorySeeded seeded: Bool) throws(StoreError) {}

  public func customer(id: String) throws(StoreError) -> Customer? { nil }
  public func startConversation(_ conversation: NewConversation) throws(StoreError) -> Int64 { 1 }
  public func recordTurn(_ turn: TurnRecord) throws(StoreError) {}
  public func endConversation(id: Int64, outcome: ConversationOutcome, at date: Date)
    throws(StoreError)
  {}
  public func export(_ entity: ExportEntity, format: ExportFormat, to sink: (String) -> Void)
    throws(StoreError)
  {}
}
