import Foundation
import GRDB

extension SQLiteStore {
  public func appendAudit(_ entry: AuditEntry) throws(StoreError) {
    try quickWrite { db in try Self.insert(entry, into: db) }
  }

  /// The audit entry's row.
  static func insert(_ entry: AuditEntry, into db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO audit_log (at, actor, role, action, target, allowed, detail, customer_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).executeBound(
      [
        .text(StoredTime.text(entry.at)), .text(entry.actor), .text(entry.role.rawValue),
        .text(entry.action), .text(entry.target), .integer(entry.allowed ? 1 : 0),
        .text(entry.detail), entry.customerID.map { .text($0) } ?? .null,
      ], in: db)
  }

  func auditLog(limit: Int) throws(StoreError) -> [AuditEntry] {
    try read { db in
      try db.rows(
        "SELECT * FROM (SELECT * FROM audit_log ORDER BY id DESC LIMIT ?) ORDER BY id", [limit]
      ).map { row in
        AuditEntry(
          at: row.moment("at") ?? .distantPast, actor: row["actor"],
          role: Role(rawValue: row["role"]) ?? .agent,
          action: row["action"], target: row["target"], allowed: row["allowed"],
          detail: row["detail"], customerID: row["customer_id"])
      }
    }
  }
}
