import Foundation
import Office
import TestSupport
import Testing

/// `switchboard db forget CUSTOMER_ID` (admin): the customer's name, email, phone and company and
/// every word typed in their conversations leave the database file, WAL included; ids, orders,
/// invoices and the report's counts stay, and other customers are untouched.
@Suite struct ForgetCustomerTests {
  /// Every byte of the database and its WAL (and shared-memory index) files.
  static func bytes(_ db: String) -> Data {
    var data = Data()
    for suffix in ["", "-wal", "-shm", "-journal"] {
      data.append(FileManager.default.contents(atPath: db + suffix) ?? Data())
    }
    return data
  }

  static func contains(_ data: Data, _ text: String) -> Bool {
    data.range(of: Data(text.utf8)) != nil
  }

  /// Rows of an admin export.
  static func export(_ entity: String, db: String) throws -> [String] {
    let result = try BinaryRunner.run(["export", entity, "--role", "admin", "--db", db])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test func forgottenDataLeavesTheFileAndTheRestStays() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    #expect(try BinaryRunner.run(["db", "stats", "--db", db]).status == 0)
    // A connection held open keeps the WAL file (and what it holds) after each process ends.
    let holder = try SQLiteStore(path: db)
    defer { withExtendedLifetime(holder) {} }
    // C-1002 types an address, changes their phone (the old one goes to free space) and opens a
    // ticket; an agent looks them up by name.
    let customer = try BinaryRunner.run(
      ["--as", "C-1002", "--db", db],
      stdin: """
        hi, my other address is hidden.mail@example.net
        change my phone to +81-90-1111-2222
        yes
        can I talk to a human please
        """ + "\n")
    #expect(customer.status == 0, "stderr: \(customer.stderr)")
    let agent = try BinaryRunner.run(
      ["--role", "agent", "--agent", "ana", "--db", db], stdin: "/customer 山田 太郎\n")
    #expect(agent.stdout.contains("taro.yamada@example.jp"), "\(agent.stdout)")
    let row = try #require(try Self.export("customers", db: db).first { $0.contains("C-1002") })
    let secrets = [
      "hidden.mail@example.net", "taro.yamada@example.jp", "+81-90-1111-2222", "山田 太郎",
    ]
    var oldPhone = ""
    if let object = try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any] {
      oldPhone = object["phone"] as? String ?? ""
    }
    #expect(oldPhone == "+81-90-1111-2222")
    let before = (
      customers: try Self.export("customers", db: db).filter { !$0.contains("\"C-1002\"") },
      orders: try Self.export("orders", db: db), invoices: try Self.export("invoices", db: db),
      statistics: try SQLiteStore(path: db).statistics(StatisticsQuery())
    )
    let sameName = before.customers.filter { $0.contains("山田 太郎") }.count
    let messages = try Self.export("messages", db: db).count
    for secret in secrets { #expect(Self.contains(Self.bytes(db), secret), "\(secret)") }
    let wal = FileManager.default.contents(atPath: db + "-wal") ?? Data()
    #expect(Self.contains(wal, "hidden.mail@example.net"))

    let refused = try BinaryRunner.run(["db", "forget", "C-1002", "--role", "agent", "--db", db])
    #expect(refused.status == 2)
    #expect(refused.stderr == "switchboard: db forget: needs the admin role; this is agent\n")
    let forgot = try BinaryRunner.run(["db", "forget", "C-1002", "--role", "admin", "--db", db])
    #expect(forgot.status == 0, "stderr: \(forgot.stderr)")
    #expect(forgot.stdout.hasPrefix("Forgot C-1002:"), "\(forgot.stdout)")

    let data = Self.bytes(db)
    for secret in secrets where !(secret == "山田 太郎" && sameName > 0) {
      #expect(!Self.contains(data, secret), "\(secret) is still in the file")
    }
    #expect(!Self.contains(data, "hidden.mail"))
    let customers = try Self.export("customers", db: db)
    #expect(customers.filter { !$0.contains("\"C-1002\"") } == before.customers)
    let forgotten = try #require(customers.first { $0.contains("\"C-1002\"") })
    #expect(forgotten.contains("\"name\":\"(forgotten)\""), "\(forgotten)")
    #expect(try Self.export("orders", db: db) == before.orders)
    #expect(try Self.export("invoices", db: db) == before.invoices)
    #expect(try Self.export("messages", db: db).count == messages)
    let statistics = try SQLiteStore(path: db).statistics(StatisticsQuery())
    #expect(statistics.days == before.statistics.days)
    #expect(statistics.channels == before.statistics.channels)
    #expect(statistics.intents == before.statistics.intents)
    #expect(statistics.outcomes == before.statistics.outcomes)
    let log = try SQLiteStore(path: db).auditLog(limit: 50)
    let entry = try #require(log.last { $0.action == "customer.forget" })
    #expect(entry.target == "C-1002")
    #expect(entry.role == .admin)
    #expect(entry.allowed)
    #expect(log.contains { $0.action == "retention.write" && $0.role == .agent && !$0.allowed })

    let unknown = try BinaryRunner.run(["db", "forget", "C-99999", "--role", "admin", "--db", db])
    #expect(unknown.status == 2)
    #expect(unknown.stderr == "switchboard: db forget: no customer 'C-99999'\n")
  }
}
