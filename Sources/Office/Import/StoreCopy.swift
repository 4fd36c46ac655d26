/// Copies every record, the conversation log, the audit log and the report's counts from one
/// store to another, whichever their backends, in one transaction of the target.
package enum StoreCopy {
  /// The tables copied, parents before children.
  package static var tables: [String] { SQLiteStore.recordTables }

  /// What a copy did.
  package enum Outcome: Sendable {
    /// Rows copied per table, in the order copied.
    case copied([(table: String, rows: Int)])
    /// The target already holds records (`table` has some) and `force` was not given.
    case targetNotEmpty(table: String)
  }

  /// The primary key of `table`.
  static func key(_ table: String) -> [String] {
    if let entity = ExportEntity.allCases.first(where: { $0.table == table }) { return entity.key }
    switch table {
    case "message_hourly": return ["hour", "channel"]
    case "message_daily": return ["day", "channel", "intent", "agent"]
    default: return ["id"]
    }
  }

  /// Copies `source` into `target`: refused when the target holds records unless `force`, in
  /// which case they are deleted first.
  package static func copy(from source: any Store, to target: any Store, force: Bool)
    throws(StoreError) -> Outcome
  {
    var outcome = Outcome.copied([])
    _ = try target.bulkWrite { writer throws(StoreError) in
      if !force {
        for table in ["customers", "products", "employees", "conversations", "audit_log"]
        where !(try writer.integers("id", in: table)).isEmpty {
          outcome = .targetNotEmpty(table: table)
          return false
        }
      }
      for table in tables.reversed() { try writer.empty(table) }
      var copied: [(table: String, rows: Int)] = []
      for table in tables {
        let dump = try source.dump(table)
        let key = key(table)
        for row in dump.rows {
          try writer.upsert(row, into: table, columns: dump.columns, key: key)
        }
        copied.append((table, dump.rows.count))
      }
      outcome = .copied(copied)
      return true
    }
    return outcome
  }
}
