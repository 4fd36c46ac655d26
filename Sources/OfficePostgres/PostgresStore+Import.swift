import Office
import PostgresNIO

extension PostgresStore {
  public func bulkWrite(_ body: (any TableWriter) throws(StoreError) -> Bool) throws(StoreError)
    -> Bool
  {
    try script("BEGIN")
    let tables = PostgresTableWriter(self)
    do {
      guard try body(tables) else {
        try script("ROLLBACK")
        return false
      }
      try tables.flush()
      // Records written with their ids: new ones get the numbers after them.
      try advanceIdentities()
      try script("COMMIT")
      return true
    } catch {
      try? script("ROLLBACK")
      throw error
    }
  }

  public func dump(_ table: String) throws(StoreError) -> StoredTable {
    let found = try read { () throws(StoreError) in try rows("SELECT * FROM \(table)") }
    var columns: [String] = []
    var values: [[StoredValue]] = []
    values.reserveCapacity(found.count)
    for row in found {
      if columns.isEmpty { columns = row.map(\.columnName) }
      values.append(try row.map { cell throws(StoreError) in try Self.value(cell) })
    }
    if columns.isEmpty {
      columns = try rows(
        "SELECT column_name FROM information_schema.columns WHERE table_name = $1"
          + " AND table_schema = current_schema() ORDER BY ordinal_position",
        [PostgresData(string: table)]
      ).map { row throws(StoreError) in try Cells(row).text("column_name") }
    }
    return StoredTable(name: table, columns: columns, rows: values)
  }
}

/// The ``TableWriter`` of one PostgreSQL transaction: upserts are held and sent many rows per
/// statement, before any read and before the commit.
final class PostgresTableWriter: TableWriter {
  private let store: PostgresStore
  /// The rows held, all of one table and set of columns, by key (a later row replaces an
  /// earlier one with the same key, as one upsert after another would).
  private var held: [[StoredValue]] = []
  private var heldKeys: [[StoredValue]: Int] = [:]
  private var heldTarget: (table: String, columns: [String], key: [String])?

  init(_ store: PostgresStore) {
    self.store = store
  }

  func empty(_ table: String) throws(StoreError) {
    try flush()
    try store.rows("DELETE FROM \(table)")
  }

  func upsert(_ row: [StoredValue], into table: String, columns: [String], key: [String])
    throws(StoreError)
  {
    if let target = heldTarget, target.table != table || target.columns != columns {
      try flush()
    }
    heldTarget = (table, columns, key)
    let keyValues = key.compactMap { columns.firstIndex(of: $0) }.map { row[$0] }
    if let index = heldKeys[keyValues] {
      held[index] = row
    } else {
      heldKeys[keyValues] = held.count
      held.append(row)
    }
    // PostgreSQL takes at most 65,535 parameters in one statement.
    if held.count * columns.count >= 30_000 { try flush() }
  }

  func update(_ row: [StoredValue], in table: String, columns: [String], key: [String])
    throws(StoreError)
  {
    try flush()
    let sets = columns.filter { !key.contains($0) }
    let values =
      zip(columns, row).filter { !key.contains($0.0) }.map(\.1)
      + key.compactMap { columns.firstIndex(of: $0) }.map { row[$0] }
    let sql =
      "UPDATE \(table) SET "
      + sets.enumerated().map { "\($1) = $\($0 + 1)" }.joined(separator: ", ") + " WHERE "
      + key.enumerated().map { "\($1) = $\(sets.count + $0 + 1)" }.joined(separator: " AND ")
    try store.rows(sql, values.map(PostgresStore.data))
  }

  func integers(_ column: String, in table: String) throws(StoreError) -> Set<Int64> {
    try flush()
    var found = Set<Int64>()
    for row in try store.rows("SELECT \(column) AS v FROM \(table) WHERE \(column) IS NOT NULL") {
      found.insert(try Cells(row).int("v"))
    }
    return found
  }

  /// Sends the rows held.
  func flush() throws(StoreError) {
    guard let (table, columns, key) = heldTarget, !held.isEmpty else { return }
    var binds: [PostgresData] = []
    binds.reserveCapacity(held.count * columns.count)
    var tuples: [String] = []
    tuples.reserveCapacity(held.count)
    for row in held {
      let first = binds.count
      tuples.append("(" + (1...row.count).map { "$\(first + $0)" }.joined(separator: ", ") + ")")
      binds += row.map(PostgresStore.data)
    }
    let others = columns.filter { !key.contains($0) }
    let action =
      others.isEmpty
      ? "DO NOTHING"
      : "DO UPDATE SET " + others.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
    try store.rows(
      "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        + tuples.joined(separator: ", ") + " ON CONFLICT (" + key.joined(separator: ", ") + ") "
        + action, binds)
    held.removeAll(keepingCapacity: true)
    heldKeys.removeAll(keepingCapacity: true)
  }
}

extension PostgresStore {
  /// Connects to `url`, creating the schema without the demo company, and records that the
  /// database is never to be seeded (`db init --empty`). Throws when it already holds customers.
  public static func createEmpty(url: PostgresURL) throws(StoreError) -> PostgresStore {
    let store = try PostgresStore(url: url, seedDemo: false)
    let customers = try Cells(store.rows("SELECT COUNT(*) AS n FROM customers")[0]).int("n")
    guard customers == 0 else {
      throw StoreError(.failed, message: "database \(url) already has records")
    }
    try store.rows(
      "INSERT INTO schema_migrations (name) VALUES ('demo-company') ON CONFLICT DO NOTHING")
    return store
  }
}
