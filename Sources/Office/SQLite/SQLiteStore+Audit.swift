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
    ).execute(arguments: [
      StoredTime.text(entry.at), entry.actor, entry.role.rawValue, entry.action, entry.target,
      entry.allowed,
      entry.detail, entry.customerID,
    ])
  }

  public func auditLog(limit: Int) throws(StoreError) -> [AuditEntry] {
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
