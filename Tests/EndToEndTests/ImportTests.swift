import Foundation
import TestSupport
import Testing

/// `switchboard import` and `export --all` on the real binary: a lossless round trip into an
/// empty database, located errors with nothing written, and the admin-only door.
@Suite struct ImportTests {
  static let admin = ["--role", "admin", "--agent", "tester"]

  /// Back-office questions whose answers come from every kind of record.
  static let questions = """
    where is order 1002?
    what's the tracking number for order 1003
    has invoice INV-1002 been paid
    is P-1001 in stock
    how much does P-1002 cost
    /customer C-1001
    how many vacation days does E-1001 have left
    where is my refund for order 1008
    when does the contract of C-1001 renew
    what is the balance of C-1001

    """

  /// A demo database with a conversation in its log.
  static func source(_ folder: TemporaryFolder) throws -> String {
    let db = folder.file("source.sqlite")
    let result = try BinaryRunner.run(
      ["--db", db, "--as", "C-1001"], stdin: "hi\nwhere is my order 1002?\n")
    #expect(result.status == 0, "\(result.stderr)")
    return db
  }

  /// Runs the binary and expects exit 0.
  @discardableResult
  static func run(_ arguments: [String], stdin: String = "") throws -> BinaryResult {
    let result = try BinaryRunner.run(arguments, stdin: stdin)
    #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
    return result
  }

  /// The files of `folder`, by name.
  static func files(_ folder: String) throws -> [String: String] {
    var found: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      found[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }
    return found
  }

  @Test(arguments: ["jsonl", "csv"])
  func exportAllIntoAnEmptyDatabaseAndBackIsByteIdentical(format: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let source = try Self.source(folder)
    let exported = folder.file("exported")
    try Self.run(["export", "--all", exported, "--format", format, "--db", source] + Self.admin)
    let target = folder.file("target.sqlite")
    try Self.run(["db", "init", "--empty", "--db", target])
    let empty = try Self.run(["export", "customers", "--db", target] + Self.admin)
    #expect(empty.stdout.isEmpty)
    let imported = try Self.run(["import", "--all", exported, "--db", target] + Self.admin)
    #expect(imported.stdout.contains("customers     200"))
    let again = folder.file("again")
    try Self.run(["export", "--all", again, "--format", format, "--db", target] + Self.admin)

    let before = try Self.files(exported)
    let after = try Self.files(again)
    #expect(before.count == 18)
    #expect(Set(before.keys) == Set(after.keys))
    for (name, text) in before where !name.hasPrefix("audit.") {
      #expect(after[name] == text, "\(name) differs after the round trip")
    }
    // The audit log comes back whole, followed by the import's and the export's own entries.
    let audit = try #require(before["audit.\(format)"])
    let auditAfter = try #require(after["audit.\(format)"])
    #expect(auditAfter.hasPrefix(audit))
    let added = auditAfter.dropFirst(audit.count).split(separator: "\n")
    #expect(added.count == 18 + 17)
    #expect(added.allSatisfy { $0.contains("import.write") || $0.contains("export.") })

    // The report's counts of turns come along with the messages.
    let reports = try [source, target].map {
      try Self.run(["report", "--no-color", "--db", $0] + Self.admin).stdout
    }
    #expect(reports[0] == reports[1])
    #expect(reports[0].contains("user turns 2"))
    let one = try Self.run(["--db", source] + Self.admin, stdin: Self.questions)
    let two = try Self.run(["--db", target] + Self.admin, stdin: Self.questions)
    #expect(one.stdout == two.stdout)
    #expect(one.stdout.contains("1002"))
    #expect(one.stdout.split(separator: "\n").count >= 10)
  }

  @Test func aBadFileNamesEveryProblemAndWritesNothing() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.source(folder)
    let before = try Self.run(["export", "customers", "--format", "csv", "--db", db] + Self.admin)
    var lines = before.stdout.split(separator: "\n").prefix(10).map(String.init)
    lines[1] = lines[1].replacingOccurrences(of: "Emily Carter", with: "Emily Changed")
    var fields = lines[5].split(separator: ",", omittingEmptySubsequences: false)
    fields[2] = "not-an-email"
    lines[5] = fields.joined(separator: ",")
    lines[8] = lines[8].split(separator: ",").prefix(3).joined(separator: ",")
    let file = folder.file("customers.csv")
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: file, atomically: true, encoding: .utf8)

    let result = try BinaryRunner.run(["import", "customers", file, "--db", db] + Self.admin)
    #expect(result.status == 2)
    #expect(
      result.stderr == """
        \(file):6:3: 'not-an-email' is not an email address
        \(file):9:4: expected 7 fields, found 3
        2 problems; nothing was written

        """)
    let after = try Self.run(["export", "customers", "--format", "csv", "--db", db] + Self.admin)
    #expect(after.stdout == before.stdout)
  }

  @Test func anOrderOfNoCustomerIsRefusedByLineAndId() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.source(folder)
    let file = folder.file("orders.jsonl")
    let orders = """
      {"id":"5001","customer_id":"C-1001","status":"pending","placed_on":"2026-11-02","total":10.00,"currency":"USD"}
      {"id":"5002","customer_id":"C-9999","status":"pending","placed_on":"2026-11-02","total":10.00,"currency":"USD"}

      """
    try orders.write(toFile: file, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["import", "orders", file, "--db", db] + Self.admin)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("\(file):2:2: no customer C-9999 (customer_id)\n"))
    let after = try Self.run(["export", "orders", "--db", db] + Self.admin)
    #expect(!after.stdout.contains("\"5001\""))
  }

  /// `--replace` of customers while the database's orders refer to them would strand the
  /// orders: refused at the file, exit 2, nothing emptied; with the orders imported too it runs.
  @Test func replacingARecordOthersReferToIsRefusedUnlessTheyAreImportedToo() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.source(folder)
    let all = folder.file("all")
    try Self.run(["export", "--all", all, "--db", db] + Self.admin)
    let customers = all + "/customers.jsonl"
    let before = try Self.run(["export", "customers", "--db", db] + Self.admin).stdout
    let refused = try BinaryRunner.run(
      ["import", "customers", customers, "--replace", "--db", db] + Self.admin)
    #expect(refused.status == 2, "\(refused.stderr)")
    let first = refused.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(
      first.hasPrefix(
        "\(customers):1:1: --replace would empty customers while the orders in the database"
          + " refer to them"), "\(refused.stderr)")
    #expect(try Self.run(["export", "customers", "--db", db] + Self.admin).stdout == before)
    try Self.run(["import", "--all", all, "--replace", "--db", db] + Self.admin)
    #expect(try Self.run(["export", "customers", "--db", db] + Self.admin).stdout == before)
  }

  @Test(arguments: ["agent", "finance", "customer"])
  func onlyAnAdminMayImport(role: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.source(folder)
    let file = folder.file("customers.jsonl")
    let customers = try Self.run(["export", "customers", "--db", db] + Self.admin)
    try customers.stdout.write(toFile: file, atomically: true, encoding: .utf8)
    let speaker = role == "customer" ? ["--as", "C-1001"] : ["--role", role]
    let result = try BinaryRunner.run(["import", "customers", file, "--db", db] + speaker)
    #expect(result.status == 2)
    #expect(result.stderr == "switchboard: import: needs the admin role; this is \(role)\n")
    let audit = try Self.run(["export", "audit", "--db", db] + Self.admin)
    #expect(audit.stdout.contains(#""action":"import.write","target":"customers","allowed":false"#))
  }

  @Test func anEmptyDatabaseStaysEmptyWhenOpenedAgain() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("empty.sqlite")
    let created = try Self.run(["db", "init", "--empty", "--db", db])
    #expect(created.stdout == "initialised \(db) (empty)\n")
    try Self.run(["--db", db] + Self.admin, stdin: "hi\n")
    let customers = try Self.run(["export", "customers", "--db", db] + Self.admin)
    #expect(customers.stdout.isEmpty)
    let again = try BinaryRunner.run(["db", "init", "--empty", "--db", try Self.source(folder)])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already has records"))
  }

  @Test func aKillMidImportLeavesTheDatabaseAsBefore() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.source(folder)
    let before = try Self.run(
      ["export", "order_lines", "--format", "csv", "--db", db] + Self.admin)
    // 100,000 lines of the demo company's orders: over a megabyte, so progress lines are shown.
    var text = "order_id,line,product_id,quantity,unit_price\n"
    for order in 1_001...2_000 {
      for line in 101...200 { text += "\(order),\(line),P-\(1_001 + line % 50),1,9.99\n" }
    }
    let file = folder.file("order_lines.csv")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let progress = folder.file("stderr")
    let running = try ChildProcess.start(
      RepositoryPaths.binary, ["import", "order_lines", file, "--db", db] + Self.admin,
      output: .file(folder.file("stdout")), error: .file(progress))
    // Killed once a fifth of the file is read and written into the open transaction.
    _ = try running.wait(timeout: 300) {
      ((try? String(contentsOfFile: progress, encoding: .utf8)) ?? "").contains("(20%)")
    }
    let output = (try? String(contentsOfFile: folder.file("stdout"), encoding: .utf8)) ?? ""
    #expect(!output.contains("imported"), "the import ended before it was killed")
    let after = try Self.run(["export", "order_lines", "--format", "csv", "--db", db] + Self.admin)
    #expect(after.stdout == before.stdout)
  }

  @Test func atMostTwentyProblemsAreShownThenTheCount() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.source(folder)
    let rows = (1...25).map { "P-\(1_000 + $0),Osaka,many" }
    let file = folder.file("stock.csv")
    try (["product_id,warehouse,quantity"] + rows).joined(separator: "\n")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["import", "stock", file, "--db", db] + Self.admin)
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 21)
    #expect(lines.first == "\(file):2:3: 'quantity' must be a whole number, not 'many'")
    #expect(lines.dropLast().last == "\(file):21:3: 'quantity' must be a whole number, not 'many'")
    #expect(lines.last == "... and 5 more; 25 problems; nothing was written")
  }

  @Test func leaveUpdatesTheEmployeesThatExist() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = try Self.source(folder)
    let employees = try Self.run(["export", "employees", "--db", db] + Self.admin).stdout
    let file = folder.file("leave.csv")
    try "employee_id,leave_days_total,leave_days_used\nE-1001,30,3\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    try Self.run(["import", "leave", file, "--replace", "--db", db] + Self.admin)
    let leave = try Self.run(["export", "leave", "--format", "csv", "--db", db] + Self.admin)
    #expect(leave.stdout.split(separator: "\n").dropFirst().first == "E-1001,30,3")
    let after = try Self.run(["export", "employees", "--db", db] + Self.admin).stdout
    #expect(after.split(separator: "\n").count == employees.split(separator: "\n").count)
    try "employee_id,leave_days_total,leave_days_used\nE-9999,30,3\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let refused = try BinaryRunner.run(["import", "leave", file, "--db", db] + Self.admin)
    #expect(refused.status == 2)
    #expect(refused.stderr.hasPrefix("\(file):2:1: no employee E-9999 (employee_id)\n"))
  }
}
