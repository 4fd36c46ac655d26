import GRDB

extension SQLiteStore {
  /// Creates (or opens) the database at `path`, migrated, without the demo company, and records
  /// that it is never to be seeded: for a company that imports its own records
  /// (`db init --empty`). Throws when it already holds customers.
  public static func createEmpty(path: String) throws(StoreError) -> SQLiteStore {
    let store = try SQLiteStore(path: path, seedDemo: false)
    guard try store.isEmpty() else {
      throw StoreError(.failed, message: "database \(path) already has records")
    }
    try store.write { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO grdb_migrations (identifier) VALUES ('demo-company')")
    }
    return store
  }
}
