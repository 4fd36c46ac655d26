import GRDB

extension SQLiteStore {
  /// The tables of the demo company, parents before children.
  static let dataTables = [
    "customers", "products", "stock", "orders", "order_lines", "shipments", "invoices",
    "payments", "refunds", "employees", "it_accounts", "contracts", "tickets", "leads",
    "conversations", "messages", "audit_log",
  ]

  /// Whether the database holds no customers yet.
  public func isEmpty() throws(StoreError) -> Bool {
    try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customers") == 0 }
  }

  /// Fills the database with the demo company at `scale` (1 ≈ 200 customers and 1,000 orders;
  /// 1000 ≈ 200,000 customers and 1,000,000 orders), in one transaction.
  ///
  /// Refuses a database that already has customers unless `replacing` is true, in which case
  /// every record (conversations and audit log included) is deleted first.
  public func seedDemo(scale: Int, replacing: Bool = false) throws(StoreError) -> DemoCounts {
    let counts = try write { db in
      let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customers") ?? 0
      if existing > 0 {
        guard replacing else {
          throw StoreError(
            .failed,
            message: "database \(path) already has the demo company (\(existing) customers)")
        }
        // Every table but the migrations' (derived tables such as counters included); foreign
        // keys are checked at commit, when all of them are empty.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let tables = try String.fetchAll(
          db,
          sql: "SELECT name FROM sqlite_master WHERE type = 'table'"
            + " AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations' ORDER BY name")
        for table in tables {
          try db.execute(sql: "DELETE FROM " + table.quotedDatabaseIdentifier)
        }
      }
      // Bulk load: a big page cache, and secondary indexes built once at the end rather than
      // row by row (their definitions come from the schema itself).
      try db.execute(sql: "PRAGMA cache_size = -262144")
      defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
      let indexes = try Row.fetchAll(
        db,
        sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
          + " ORDER BY name")
      for index in indexes {
        try db.execute(sql: "DROP INDEX " + (index["name"] as String))
      }
      var seeder = DemoSeeder(scale: scale)
      let counts = try seeder.insert(into: db)
      for index in indexes {
        try db.execute(sql: index["sql"] as String)
      }
      return counts
    }
    // Move the big transaction from the WAL into the database file now, rather than during the
    // first turns recorded afterwards.
    do {
      _ = try writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    } catch {
      throw StoreError(wrapping: error, path: path)
    }
    return counts
  }

  /// Row counts of every table, in ``dataTables`` order.
  public func tableCounts() throws(StoreError) -> [(name: String, rows: Int)] {
    try read { db in
      try Self.dataTables.map { table in
        (table, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0)
      }
    }
  }
}
