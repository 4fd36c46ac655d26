import Foundation
import GRDB

extension SQLiteStore: BacklogDecisions {
  public func backlogDecisions() throws(StoreError) -> [BacklogDecision] {
    try read { db in
      var lines: [Int64: Set<Int64>] = [:]
      for row in try db.rows("SELECT decision_id, fingerprint FROM backlog_lines") {
        lines[row["decision_id"], default: []].insert(row["fingerprint"])
      }
      return try db.rows("SELECT * FROM backlog_decisions ORDER BY id").map { row in
        let id: Int64 = row["id"]
        return BacklogDecision(
          id: id, label: row["label"],
          state: BacklogState(rawValue: row["state"]) ?? .new, intent: row["intent"],
          decidedBy: row["decided_by"], decidedAt: row.moment("decided_at") ?? .distantPast,
          lines: lines[id] ?? [])
      }
    }
  }

  @discardableResult
  public func recordBacklogDecision(_ decision: BacklogDecision) throws(StoreError) -> Int64 {
    try quickWrite { db in
      try db.execute(
        sql: """
          INSERT INTO backlog_decisions (label, state, intent, decided_by, decided_at)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [
          decision.label, decision.state.rawValue, decision.intent, decision.decidedBy,
          StoredTime.text(decision.decidedAt),
        ])
      let id = db.lastInsertedRowID
      for line in decision.lines.sorted() {
        try db.execute(
          sql: """
            INSERT INTO backlog_lines (fingerprint, decision_id) VALUES (?, ?)
            ON CONFLICT (fingerprint) DO UPDATE SET decision_id = excluded.decision_id
            """, arguments: [line, id])
      }
      return id
    }
  }

  public func updateBacklogDecision(id: Int64, state: BacklogState) throws(StoreError) {
    try quickWrite { db in
      try db.execute(
        sql: "UPDATE backlog_decisions SET state = ? WHERE id = ?",
        arguments: [state.rawValue, id])
    }
  }
}

extension Schema {
  /// Decisions on the fallback backlog and the lines (as fingerprints) each covers.
  static func createBacklog(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE backlog_decisions (
          id INTEGER PRIMARY KEY, label TEXT NOT NULL, state TEXT NOT NULL, intent TEXT,
          decided_by TEXT NOT NULL, decided_at TEXT NOT NULL
        );
        CREATE TABLE backlog_lines (
          fingerprint INTEGER PRIMARY KEY,
          decision_id INTEGER NOT NULL REFERENCES backlog_decisions(id) ON DELETE CASCADE
        );
        """)
  }
}
