import Office
import PostgresNIO

extension PostgresStore {
  /// An arbitrary key of the advisory lock that lets one process at a time migrate a database.
  private static let migrationLock = 7_262_001

  /// Applies the migrations not yet applied and, when `seedDemo` and the database has no
  /// customers, seeds the demo company: all in one transaction under an advisory lock, so that
  /// consoles starting at once on a new database wait for the first.
  func migrate(seedDemo: Bool) throws(StoreError) {
    try script("BEGIN; SELECT pg_advisory_xact_lock(\(Self.migrationLock))")
    do {
      // Only when missing: a login that may not create tables still opens a migrated database.
      let present = try Cells(
        rows("SELECT COUNT(to_regclass('schema_migrations'))::bigint AS n")[0]
      ).int("n")
      if present == 0 { try script("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY)") }
      let applied = Set(
        try rows("SELECT name FROM schema_migrations").map { row throws(StoreError) in
          try Cells(row).text("name")
        })
      for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
        // A function's body holds semicolons: it is one statement.
        if migration.sql.contains("$$") {
          try rows(migration.sql)
        } else {
          try script(migration.sql)
        }
        try rows(
          "INSERT INTO schema_migrations (name) VALUES ($1)", [.init(string: migration.name)])
      }
      if seedDemo, !applied.contains("demo-company") {
        let customers = try Cells(rows("SELECT COUNT(*) AS n FROM customers")[0]).int("n")
        if customers == 0 { try copyDemoCompany() }
        try rows("INSERT INTO schema_migrations (name) VALUES ('demo-company')")
      }
      try script("COMMIT")
    } catch {
      try? script("ROLLBACK")
      throw error
    }
  }

  /// Copies the demo company, seeded into an in-memory SQLite database by the same seeder as
  /// a new SQLite file, table by table, then moves the id counters past the copied ids.
  private func copyDemoCompany() throws(StoreError) {
    let demo = try SQLiteStore(inMemorySeeded: true)
    for table in SQLiteStore.recordTables {
      try insert(try demo.dump(table))
    }
    try advanceIdentities()
  }

  /// Inserts every row of `table` (its columns must exist here), many rows per statement.
  func insert(_ table: StoredTable) throws(StoreError) {
    guard !table.columns.isEmpty, !table.rows.isEmpty else { return }
    let columns = table.columns.joined(separator: ", ")
    // PostgreSQL takes at most 65,535 parameters in one statement.
    let perStatement = max(1, 30_000 / table.columns.count)
    var start = 0
    while start < table.rows.count {
      let slice = table.rows[start..<min(start + perStatement, table.rows.count)]
      var binds: [PostgresData] = []
      binds.reserveCapacity(slice.count * table.columns.count)
      var tuples: [String] = []
      tuples.reserveCapacity(slice.count)
      for row in slice {
        let first = binds.count
        tuples.append(
          "(" + (1...row.count).map { "$\(first + $0)" }.joined(separator: ", ") + ")")
        binds += row.map(Self.data)
      }
      try rows(
        "INSERT INTO \(table.name) (\(columns)) VALUES \(tuples.joined(separator: ", "))", binds)
      start += perStatement
    }
  }

  /// Moves each identity's counter past the largest id in its table, so that new records get
  /// the numbers SQLite would give them (tickets, leads and refunds after 1000).
  func advanceIdentities() throws(StoreError) {
    for table in PostgresSchema.identityTables {
      let floor = ["tickets", "leads", "refunds"].contains(table) ? 1_000 : 0
      try rows(
        """
        SELECT setval(pg_get_serial_sequence('\(table)', 'id'),
          GREATEST(COALESCE((SELECT MAX(id) FROM \(table)), 0), \(floor), 1),
          GREATEST(COALESCE((SELECT MAX(id) FROM \(table)), 0), \(floor)) > 0)
        """)
    }
  }

  /// A stored value as a bind.
  static func data(_ value: StoredValue) -> PostgresData {
    switch value {
    case .null: .null
    case .integer(let number): PostgresData(int64: number)
    case .real(let number): PostgresData(double: number)
    case .text(let text): PostgresData(string: text)
    }
  }
}
