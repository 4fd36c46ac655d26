import Foundation
import Office
import TestSupport
import Testing

/// `switchboard export` honours the session's role like the dialogue: a customer gets only their
/// own records, a role is refused entities it may not read (one line on stderr, exit 2, nothing
/// on stdout), and every export is one audit entry with its row count.
@Suite struct ExportAccessTests {
  /// The entities each role may export (every other entity is refused).
  static let allowed: [String: Set<String>] = [
    "customer": [
      "customers", "orders", "invoices", "products", "tickets", "conversations", "messages",
      "contracts", "order_lines", "shipments", "stock", "payments", "refunds",
    ],
    "agent": [
      "customers", "orders", "invoices", "products", "tickets", "conversations", "messages",
      "contracts", "order_lines", "shipments", "stock", "leads",
    ],
    "finance": ["customers", "invoices", "products", "stock", "payments", "refunds"],
    "hr": ["products", "employees", "stock", "leave"],
    "it": ["products", "tickets", "stock", "it_accounts"],
    "legal": ["customers", "products", "contracts", "stock"],
    "admin": Set(ExportEntity.allCases.map(\.rawValue)),
  ]

  /// A demo database with a conversation of C-1001 and one of C-1002 in it.
  static func database(_ folder: TemporaryFolder) throws -> String {
    let db = folder.file("x.sqlite")
    for customer in ["C-1001", "C-1002"] {
      let result = try BinaryRunner.run(
        ["--as", customer, "--db", db], stdin: "hi\nwhere is my order 1002?\n")
      #expect(result.status == 0, "stderr: \(result.stderr)")
    }
    return db
  }

  /// The JSON objects of an export's lines.
  static func objects(_ stdout: String) -> [[String: Any]] {
    stdout.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  static func role(_ role: String) -> [String] {
    role == "customer" ? ["--as", "C-1001"] : ["--role", role, "--agent", "tester"]
  }

  @Test(arguments: ["customer", "agent", "finance", "hr", "it", "legal", "admin"])
  func everyRoleExportsItsPartAndIsRefusedTheRest(role: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.database(folder)
    for entity in ExportEntity.allCases.map(\.rawValue) {
      let result = try BinaryRunner.run(["export", entity, "--db", db] + Self.role(role))
      if Self.allowed[role, default: []].contains(entity) {
        #expect(result.status == 0, "\(role) × \(entity): \(result.stderr)")
      } else {
        #expect(result.status == 2, "\(role) × \(entity)")
        #expect(result.stdout.isEmpty, "\(role) × \(entity): \(result.stdout.prefix(200))")
        #expect(
          result.stderr
            == "switchboard: export \(entity): the \(role) role may not read \(entity)"
            + " (roles that may: \(Self.rolesThatMay(entity)))\n")
      }
    }
  }

  static func rolesThatMay(_ entity: String) -> String {
    ["customer", "agent", "finance", "hr", "it", "legal", "admin"]
      .filter { allowed[$0, default: []].contains(entity) }.joined(separator: ", ")
  }

  @Test func aCustomerExportsOnlyTheirOwnRecords() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.database(folder)
    for entity in ["orders", "invoices", "tickets", "conversations", "contracts", "refunds"] {
      let all = try BinaryRunner.run(["export", entity, "--db", db, "--role", "admin"])
      let own = try BinaryRunner.run(["export", entity, "--db", db, "--as", "C-1001"])
      #expect(own.status == 0, "\(entity): \(own.stderr)")
      let expected = Self.objects(all.stdout).filter { $0["customer_id"] as? String == "C-1001" }
      let got = Self.objects(own.stdout)
      #expect(got.count == expected.count, "\(entity)")
      #expect(got.allSatisfy { $0["customer_id"] as? String == "C-1001" }, "\(entity)")
    }
    let customers = try BinaryRunner.run(["export", "customers", "--db", db, "--as", "C-1001"])
    #expect(Self.objects(customers.stdout).map { $0["id"] as? String } == ["C-1001"])
    let messages = try BinaryRunner.run(["export", "messages", "--db", db, "--as", "C-1001"])
    let all = Self.objects(
      try BinaryRunner.run(["export", "messages", "--db", db, "--role", "admin"]).stdout)
    #expect(all.count == 8)
    #expect(Self.objects(messages.stdout).count == 4)
    #expect(!messages.stdout.contains("山田"))
    let csv = try BinaryRunner.run(
      ["export", "orders", "--format", "csv", "--db", db, "--as", "C-1001"])
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.first == "id,customer_id,status,placed_on,total,currency")
    #expect(rows.dropFirst().allSatisfy { $0.contains(",C-1001,") })
  }

  @Test func theIssuesProbesAreRefused() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let employees = try BinaryRunner.run(["export", "employees", "--as", "C-1001", "--db", db])
    #expect(employees.status == 2)
    #expect(employees.stdout.isEmpty)
    #expect(employees.stderr.split(separator: "\n").count == 1)
    let orders = try BinaryRunner.run(["export", "orders", "--as", "C-1001", "--db", db])
    #expect(orders.status == 0)
    #expect(orders.stdout.split(separator: "\n").count < 20)
    let agent = try BinaryRunner.run(["export", "employees", "--role", "agent", "--db", db])
    #expect(agent.status == 2)
    #expect(agent.stdout.isEmpty)
    let hr = try BinaryRunner.run(["export", "employees", "--role", "hr", "--db", db])
    #expect(hr.status == 0)
    #expect(hr.stdout.split(separator: "\n").count == 40)
    let nobody = try BinaryRunner.run(["export", "orders", "--role", "customer", "--db", db])
    #expect(nobody.status == 2)
    #expect(nobody.stdout.isEmpty)
    #expect(nobody.stderr == "switchboard: export: the customer role needs --as CUSTOMER_ID\n")
  }

  @Test func everyExportIsAuditedWithItsRowCount() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    _ = try BinaryRunner.run(["export", "orders", "--as", "C-1001", "--db", db])
    _ = try BinaryRunner.run([
      "export", "employees", "--role", "hr", "--agent", "mkato", "--db", db,
    ])
    _ = try BinaryRunner.run(["export", "employees", "--role", "agent", "--db", db])
    let log = try SQLiteStore(path: db).auditLog(limit: 3)
    try #require(log.count == 3)
    let own = try BinaryRunner.run(["export", "orders", "--as", "C-1001", "--db", db])
    let orders = own.stdout.split(separator: "\n").count
    #expect(log[0].action == "export.orders")
    #expect(log[0].role == .customer)
    #expect(log[0].target == "C-1001")
    #expect(log[0].allowed)
    #expect(log[0].detail == "\(orders) rows")
    #expect(log[1].action == "export.employees")
    #expect(log[1].actor == "mkato")
    #expect(log[1].detail == "40 rows")
    #expect(log[2].action == "export.employees")
    #expect(log[2].role == .agent)
    #expect(!log[2].allowed)
  }

  @Test(arguments: ["customer", "hr", "admin"])
  func exportAllWritesTheEntitiesTheRoleMayRead(role: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.database(folder)
    let out = folder.file("out")
    let result = try BinaryRunner.run(["export", "--all", out, "--db", db] + Self.role(role))
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    let allowed = Self.allowed[role, default: []]
    #expect(files == allowed.sorted().map { $0 + ".jsonl" })
    let skipped = ExportEntity.allCases.map(\.rawValue).filter { !allowed.contains($0) }
    #expect(
      result.stderr
        == (skipped.isEmpty
          ? ""
          : "export --all: the \(role) role may not read \(skipped.joined(separator: ", ")); not written\n")
    )
    // The audit log grows with every export, this test's own included.
    for entity in allowed where entity != "audit" {
      let single = try BinaryRunner.run(["export", entity, "--db", db] + Self.role(role))
      let written = try String(contentsOfFile: out + "/\(entity).jsonl", encoding: .utf8)
      #expect(written == single.stdout, "\(role) × \(entity)")
    }
  }
}
