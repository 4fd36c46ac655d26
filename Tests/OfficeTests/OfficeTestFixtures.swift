import Foundation

@testable import Office

/// Shared set-up of the Office tests: real SQLite, in memory or in a temporary file.
enum Fixtures {
  /// A fixed moment, so audit entries and new records do not depend on the wall clock.
  static let now = DemoCalendar.moment(seconds: 9 * 3_600)

  /// The demo company, seeded once per test run.
  static let template = Result { try SQLiteStore(inMemorySeeded: true) }

  /// A new in-memory database with the demo company (a copy of the template).
  static func seededStore() throws -> SQLiteStore {
    try SQLiteStore(inMemoryCopyOf: template.get())
  }

  /// The back office of `store` as `role` (the customer role speaks as `customer`).
  static func office(
    _ store: SQLiteStore, _ role: Role, customer: String? = nil, agent: String? = nil
  ) -> BackOffice {
    let principal = Principal(
      role: role, customerID: role == .customer ? (customer ?? "C-1001") : customer,
      agent: role == .customer ? agent : (agent ?? "tester"))
    return BackOffice(store: store, principal: principal, clock: { now })
  }

  /// A path in a new temporary folder (removed by the caller with `removeFolder`).
  static func temporaryPath(_ name: String = "office.sqlite") -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("office-tests-\(UUID().uuidString)")
    return folder.appendingPathComponent("nested").appendingPathComponent(name).path
  }

  /// Removes the folder created for `path` by `temporaryPath`.
  static func removeFolder(of path: String) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      .deletingLastPathComponent()
    try? FileManager.default.removeItem(at: folder)
  }

  /// Every line `store` exports for `entity`.
  static func lines(_ store: SQLiteStore, _ entity: ExportEntity, _ format: ExportFormat = .jsonl)
    throws -> [String]
  {
    var lines: [String] = []
    try store.export(entity, format: format) { lines.append($0) }
    return lines
  }

  /// A turn of conversation `id` with the given line and reply.
  static func turn(_ id: Int64, _ text: String, reply: String, intent: String = "order_status")
    -> TurnRecord
  {
    TurnRecord(
      conversationID: id, speaker: "customer", text: text, reply: reply, intent: intent,
      confidence: 0.875, slots: ["order_id": "1002"], language: "en", agent: "ana",
      role: .customer, channel: .test, at: now)
  }
}
