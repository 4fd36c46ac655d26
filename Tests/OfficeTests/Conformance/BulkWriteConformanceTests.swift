import Foundation
import Testing

@testable import Office

/// `Store.bulkWrite` and `dump` from every backend: one transaction that is kept only when its
/// body says so, and an import through the back office that writes every file or none.
@Suite struct BulkWriteConformanceTests {
  private func lines(_ store: any Store, _ entity: ExportEntity) throws -> [String] {
    var lines: [String] = []
    _ = try store.export(entity, format: .jsonl, customerID: nil) { lines.append($0) }
    return lines
  }

  private static let customerColumns = ExportEntity.customers.importFields.map(\.column.expression)

  private static func customer(_ id: Int64, _ name: String) -> [StoredValue] {
    [
      .integer(id), .text(name), .text("c\(id)@example.com"), .text("en"), .text(""), .text(""),
      .text("gold"),
    ]
  }

  @Test(arguments: StoreBackend.all)
  func aBulkWriteIsKeptOnlyWhenItsBodySaysSo(_ backend: StoreBackend) throws {
    try backend.with { store in
      let before = try lines(store, .customers)
      let undone = try store.bulkWrite { writer throws(StoreError) in
        try writer.upsert(
          Self.customer(1_001, "Changed"), into: "customers", columns: Self.customerColumns,
          key: ["id"])
        try writer.upsert(
          Self.customer(9_001, "New"), into: "customers", columns: Self.customerColumns,
          key: ["id"])
        #expect(try writer.integers("id", in: "customers").contains(9_001))
        return false
      }
      #expect(!undone)
      #expect(try lines(store, .customers) == before)
      #expect(
        throws: StoreError.self,
        performing: {
          _ = try store.bulkWrite { writer throws(StoreError) in
            try writer.upsert(
              Self.customer(9_002, "New"), into: "customers", columns: Self.customerColumns,
              key: ["id"])
            throw StoreError(.failed, message: "stop")
          }
        })
      #expect(try lines(store, .customers) == before)
      let kept = try store.bulkWrite { writer throws(StoreError) in
        try writer.upsert(
          Self.customer(1_001, "Changed"), into: "customers", columns: Self.customerColumns,
          key: ["id"])
        return true
      }
      #expect(kept)
      #expect(try store.customer(id: "C-1001")?.name == "Changed")
      #expect(try lines(store, .customers).count == before.count)
    }
  }

  @Test(arguments: StoreBackend.all)
  func anImportWithAProblemInItsLastFileWritesNothing(_ backend: StoreBackend) throws {
    try backend.with { store in
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("bulk-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let customers = try lines(store, .customers)
      let changed = customers.map { $0.replacingOccurrences(of: "Emily Carter", with: "E. C.") }
      try changed.joined(separator: "\n").write(
        toFile: folder + "/customers.jsonl", atomically: true, encoding: .utf8)
      try
        #"{"id":"1001","customer_id":"C-1","status":"shipped","placed_on":"2026-10-01","total":1,"currency":"USD"}"#
        .write(toFile: folder + "/orders.jsonl", atomically: true, encoding: .utf8)
      let office = BackOffice(
        store: store, principal: Principal(role: .admin, customerID: nil, agent: "tester"),
        clock: { Fixtures.now })
      let sources = try ImportSource.folder(folder, format: nil)
      #expect(sources.map(\.entity) == [.customers, .orders])
      let report = try #require(try office.importRecords(sources).value)
      #expect(!report.written)
      #expect(
        report.problems.map(\.description) == [
          folder + "/orders.jsonl:1:2: no customer C-1 (customer_id)"
        ])
      #expect(try lines(store, .customers) == customers)
      let dump = try store.dump("customers")
      #expect(dump.rows.count == customers.count)
      #expect(Set(dump.columns) == Set(Self.customerColumns))
    }
  }
}
