import GRDB

/// The database schema: one named migration per step, applied in order by `DatabaseMigrator`.
///
/// Display ids (`C-1001`, `INV-1001`) are stored as integer primary keys (1001); the prefix is
/// added by ``RecordID``. Dates without time are `yyyy-MM-dd` text; moments are GRDB dates (UTC).
enum Schema {
  /// The migrator with every step.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-crm", migrate: createCRM)
    migrator.registerMigration("v2-back-office", migrate: createBackOffice)
    migrator.registerMigration("v3-tickets-leads-audit", migrate: createTicketsLeadsAudit)
    migrator.registerMigration("v4-audit-customer") { db in
      try db.execute(sql: "ALTER TABLE audit_log ADD COLUMN customer_id TEXT")
    }
    migrator.registerMigration("v5-analytics", migrate: createAnalyticsIndexes)
    // The store counts user lines itself from now on (see `MessageCounts`); the counts the
    // trigger kept so far stay.
    migrator.registerMigration("v6-counts-by-store") { db in
      try db.execute(sql: "DROP TRIGGER message_counts")
    }
    // Each user line records the decision made for it and the matcher's own view of it; each
    // reply what it did with the records.
    migrator.registerMigration("v7-turn-decisions") { db in
      try db.execute(
        sql: """
          ALTER TABLE messages ADD COLUMN decision TEXT;
          ALTER TABLE messages ADD COLUMN matcher_intent TEXT;
          ALTER TABLE messages ADD COLUMN matcher_confidence REAL;
          ALTER TABLE messages ADD COLUMN actions TEXT;
          """)
    }
    migrator.registerMigration("v8-contact-indexes", migrate: createContactIndexes)
    return migrator
  }

  /// The schema version this program knows: the number of its migrations.
  static var version: Int { migrator.migrations.count }

  /// Recorded migrations that are not schema steps (the demo company's seed).
  static let seedMigrations: Set<String> = ["demo-company"]

  /// Throws when the database was written by a newer program: its `user_version` is above
  /// ``version``, or it records migrations this program does not know. Such a file is never
  /// migrated nor written, since this program cannot know what the newer schema means.
  static func refuseNewer(_ db: Database, path: String) throws(StoreError) {
    let found: Int
    do {
      let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
      let known = Set(migrator.migrations).union(seedMigrations)
      let applied = try migrator.appliedIdentifiers(db).subtracting(seedMigrations)
      let unknown = applied.subtracting(known)
      guard userVersion > version || !unknown.isEmpty else { return }
      found = max(userVersion, unknown.isEmpty ? 0 : max(applied.count, version + 1))
    } catch {
      throw StoreError(wrapping: error, path: path, opening: true)
    }
    throw StoreError(
      .cannotOpen(path: path),
      message:
        "cannot open database \(path): this database was written by a newer Switchboard "
        + "(schema \(found)); this program knows up to \(version)")
  }

  private static func createCRM(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE customers (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL COLLATE NOCASE,
          email TEXT NOT NULL,
          phone TEXT NOT NULL,
          company TEXT NOT NULL,
          tier TEXT NOT NULL,
          language TEXT NOT NULL
        );
        CREATE INDEX customers_name ON customers(name);
        CREATE TABLE conversations (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          customer_id TEXT,
          channel TEXT NOT NULL,
          agent TEXT,
          role TEXT NOT NULL,
          started_at DATETIME NOT NULL,
          ended_at DATETIME,
          outcome TEXT NOT NULL DEFAULT 'open'
        );
        CREATE INDEX conversations_customer ON conversations(customer_id, id);
        CREATE TABLE messages (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          conversation_id INTEGER NOT NULL REFERENCES conversations(id),
          speaker TEXT NOT NULL,
          text TEXT NOT NULL,
          intent TEXT,
          confidence REAL,
          slots TEXT NOT NULL DEFAULT '{}',
          language TEXT,
          agent TEXT,
          role TEXT NOT NULL,
          channel TEXT NOT NULL,
          at DATETIME NOT NULL
        );
        CREATE INDEX messages_conversation ON messages(conversation_id, id);
        """)
  }

  private static func createBackOffice(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE products (
          id INTEGER PRIMARY KEY,
          name_en TEXT NOT NULL COLLATE NOCASE,
          name_ja TEXT NOT NULL,
          price_cents INTEGER NOT NULL,
          currency TEXT NOT NULL
        );
        CREATE INDEX products_name_en ON products(name_en);
        CREATE INDEX products_name_ja ON products(name_ja);
        CREATE TABLE stock (
          product_id INTEGER NOT NULL REFERENCES products(id),
          warehouse TEXT NOT NULL,
          quantity INTEGER NOT NULL,
          PRIMARY KEY (product_id, warehouse)
        ) WITHOUT ROWID;
        CREATE TABLE orders (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER NOT NULL REFERENCES customers(id),
          status TEXT NOT NULL,
          placed_on TEXT NOT NULL,
          total_cents INTEGER NOT NULL,
          currency TEXT NOT NULL
        );
        CREATE INDEX orders_customer ON orders(customer_id, status);
        CREATE TABLE order_lines (
          order_id INTEGER NOT NULL REFERENCES orders(id),
          line INTEGER NOT NULL,
          product_id INTEGER NOT NULL REFERENCES products(id),
          quantity INTEGER NOT NULL,
          unit_price_cents INTEGER NOT NULL,
          PRIMARY KEY (order_id, line)
        ) WITHOUT ROWID;
        CREATE TABLE shipments (
          order_id INTEGER PRIMARY KEY REFERENCES orders(id),
          carrier TEXT NOT NULL,
          tracking_number TEXT NOT NULL,
          shipped_on TEXT NOT NULL,
          estimated_on TEXT NOT NULL,
          delivered_on TEXT
        );
        CREATE TABLE invoices (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER NOT NULL REFERENCES customers(id),
          order_id INTEGER REFERENCES orders(id),
          amount_cents INTEGER NOT NULL,
          currency TEXT NOT NULL,
          issued_on TEXT NOT NULL,
          due_on TEXT NOT NULL,
          status TEXT NOT NULL
        );
        CREATE INDEX invoices_customer ON invoices(customer_id, status);
        CREATE TABLE payments (
          id INTEGER PRIMARY KEY,
          invoice_id INTEGER NOT NULL REFERENCES invoices(id),
          amount_cents INTEGER NOT NULL,
          currency TEXT NOT NULL,
          paid_on TEXT NOT NULL,
          method TEXT NOT NULL
        );
        CREATE INDEX payments_invoice ON payments(invoice_id);
        CREATE TABLE refunds (
          id INTEGER PRIMARY KEY,
          order_id INTEGER NOT NULL REFERENCES orders(id),
          customer_id INTEGER NOT NULL REFERENCES customers(id),
          amount_cents INTEGER NOT NULL,
          currency TEXT NOT NULL,
          status TEXT NOT NULL,
          requested_on TEXT NOT NULL
        );
        CREATE INDEX refunds_order ON refunds(order_id);
        CREATE INDEX refunds_customer ON refunds(customer_id);
        CREATE TABLE employees (
          id INTEGER PRIMARY KEY,
          name_en TEXT NOT NULL COLLATE NOCASE,
          name_ja TEXT NOT NULL,
          department TEXT NOT NULL,
          email TEXT NOT NULL,
          leave_total INTEGER NOT NULL,
          leave_used INTEGER NOT NULL
        );
        CREATE TABLE it_accounts (
          id INTEGER PRIMARY KEY,
          employee_id INTEGER NOT NULL REFERENCES employees(id),
          username TEXT NOT NULL COLLATE NOCASE,
          system TEXT NOT NULL,
          locked INTEGER NOT NULL
        );
        CREATE INDEX it_accounts_username ON it_accounts(username);
        CREATE INDEX it_accounts_employee ON it_accounts(employee_id);
        CREATE TABLE contracts (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER NOT NULL REFERENCES customers(id),
          title TEXT NOT NULL,
          start_on TEXT NOT NULL,
          end_on TEXT NOT NULL,
          renewal_terms TEXT NOT NULL,
          auto_renew INTEGER NOT NULL
        );
        CREATE INDEX contracts_customer ON contracts(customer_id);
        """)
  }

  private static func createTicketsLeadsAudit(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE tickets (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER REFERENCES customers(id),
          subject TEXT NOT NULL,
          status TEXT NOT NULL,
          priority TEXT NOT NULL,
          team TEXT NOT NULL,
          conversation_id INTEGER,
          created_at DATETIME NOT NULL
        );
        CREATE INDEX tickets_customer ON tickets(customer_id, status);
        CREATE TABLE leads (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER REFERENCES customers(id),
          product_id INTEGER REFERENCES products(id),
          quantity INTEGER NOT NULL,
          note TEXT NOT NULL,
          status TEXT NOT NULL,
          created_at DATETIME NOT NULL
        );
        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          at DATETIME NOT NULL,
          actor TEXT NOT NULL,
          role TEXT NOT NULL,
          action TEXT NOT NULL,
          target TEXT NOT NULL,
          allowed INTEGER NOT NULL,
          detail TEXT NOT NULL
        );
        CREATE INDEX audit_log_actor ON audit_log(actor, id);
        """)
  }
}
