import Foundation
import TestSupport
import Testing

/// Access control through the real binary: customers see only their own records, whatever they
/// ask and however they ask it, and staff roles reach only what their job needs.
@Suite struct BackOfficeAccessTests {
  /// One order of the demo company, as `switchboard export orders` lists it.
  struct ExportedOrder: Sendable {
    var id: String
    var customerID: String
    var status: String
  }

  /// The demo orders (the demo company is deterministic).
  static func exportedOrders(_ db: String) throws -> [ExportedOrder] {
    let result = try BinaryRunner.run(["export", "orders", "--db", db])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return result.stdout.split(separator: "\n").compactMap { line in
      guard
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = object["id"] as? String, let customer = object["customer_id"] as? String,
        let status = object["status"] as? String
      else { return nil }
      return ExportedOrder(id: id, customerID: customer, status: status)
    }
  }

  /// `ask --json --as CUSTOMER TEXT`: the reply.
  static func ask(_ text: String, as customer: String, db: String) throws -> String {
    let result = try BinaryRunner.run(["ask", "--json", "--as", customer, text, "--db", db])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["intent"] as? String == "order_status", "\(result.stdout)")
    return object?["response"] as? String ?? ""
  }

  @Test func everyCustomerSeesTheRealStatusOfTheirOwnOrdersAndNothingOfOthers() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let orders = try Self.exportedOrders(db)
    #expect(orders.count > 100)
    // One order of each status, from different customers.
    var sample: [ExportedOrder] = []
    for status in ["pending", "processing", "shipped", "delivered", "cancelled", "returned"] {
      if let order = orders.first(where: { $0.status == status && $0.customerID != "C-1003" }) {
        sample.append(order)
      }
    }
    #expect(sample.count == 6)
    let missing = try Self.ask("where is my order 999999?", as: "C-1003", db: db)
    #expect(missing == "I couldn't find order 999999.")
    for order in sample {
      let own = try Self.ask("where is my order \(order.id)?", as: order.customerID, db: db)
      #expect(own.contains("Order \(order.id)") && own.contains(order.status), "\(own)")
      let other = try Self.ask("where is my order \(order.id)?", as: "C-1003", db: db)
      #expect(other == "I couldn't find order \(order.id).")
      #expect(
        other.replacingOccurrences(of: order.id, with: "#")
          == missing.replacingOccurrences(of: "999999", with: "#"))
    }
  }

  /// What a role may get from an intent.
  enum Expected: String, Sendable {
    /// Answered from the records.
    case allowed
    /// Refused with the roles that may.
    case forbidden
  }

  /// One line for every back-office intent, about records of C-1002 (or no customer's).
  static let probes: [(intent: String, line: String)] = [
    ("order_status", "where is order 1004?"),
    ("track_shipment", "what is the tracking number for order 1004"),
    ("cancel_order", "please cancel order 1005"),
    ("stock_check", "is P-1001 in stock"),
    ("product_price", "how much does P-1002 cost"),
    ("invoice_status", "has invoice INV-1004 been paid"),
    ("refund_status", "refund status for order 1008"),
    ("account_balance", "what's the outstanding balance for C-1002"),
    ("update_contact", "update contact details for C-1002: the email is now taro2@example.jp"),
    ("leave_balance", "how many vacation days does E-1001 have left"),
    ("contract_renewal", "when does the contract of C-1004 renew"),
    ("sales_quote", "can I get a quote for 20 units of P-1003"),
    ("password_reset", "I forgot my password"),
    ("human_agent", "can I talk to a human please"),
  ]

  /// The access matrix as the console shows it: role → intents refused.
  static let refused: [String: Set<String>] = [
    "agent": ["refund_status", "leave_balance"],
    "finance": [
      "order_status", "track_shipment", "cancel_order", "update_contact", "leave_balance",
      "contract_renewal", "sales_quote",
    ],
    "hr": [
      "order_status", "track_shipment", "cancel_order", "invoice_status", "refund_status",
      "account_balance", "update_contact", "contract_renewal", "sales_quote",
    ],
    "it": [
      "order_status", "track_shipment", "cancel_order", "invoice_status", "refund_status",
      "account_balance", "update_contact", "leave_balance", "contract_renewal", "sales_quote",
    ],
    "legal": [
      "order_status", "track_shipment", "cancel_order", "invoice_status", "refund_status",
      "account_balance", "update_contact", "leave_balance", "sales_quote",
    ],
    "admin": [],
  ]

  /// The replies of a piped session, one per line (each probe is its own conversation).
  static func replies(_ arguments: [String], db: String) throws -> [String] {
    let input = probes.map { "/end\n" + $0.line }.joined(separator: "\n") + "\n"
    let result = try BinaryRunner.run(arguments + ["--db", db], stdin: input)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
      .filter { !$0.hasPrefix("Conversation closed") && $0 != "No conversation is open." }
    #expect(lines.count == probes.count, "\(result.stdout)")
    return lines
  }

  @Test(arguments: ["agent", "finance", "hr", "it", "legal", "admin"])
  func staffRolesReachWhatTheMatrixAllows(role: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let replies = try Self.replies(
      ["--role", role, "--agent", "ksato"], db: folder.file("x.sqlite"))
    for (probe, reply) in zip(Self.probes, replies) {
      let expected: Expected =
        Self.refused[role, default: []].contains(probe.intent) ? .forbidden : .allowed
      let refusedReply = reply.contains("this needs the")
      #expect(
        refusedReply == (expected == .forbidden), "\(role) × \(probe.intent): \(reply)")
    }
  }

  /// Text that would only appear if another customer's or an employee's record leaked.
  static let leaks = [
    "山田", "Yamada", "taro.yamada", "taro2@example.jp", "2,599.87", "414.91", "Yamato", "R-1001",
    "163.93", "K-1002", "Premium Support", "Kenji", "佐藤", "days of paid leave", "ksato",
  ]

  @Test func aCustomerReachesNothingOfOthersThroughAnyIntent() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let replies = try Self.replies(["--as", "C-1001"], db: db)
    for (probe, reply) in zip(Self.probes, replies) {
      for leak in Self.leaks {
        #expect(!reply.contains(leak), "customer × \(probe.intent) leaks \(leak): \(reply)")
      }
      #expect(!reply.contains("yes or no"), "customer × \(probe.intent) asks to change: \(reply)")
    }
    let orders = try Self.exportedOrders(db)
    #expect(orders.first { $0.id == "1005" }?.status == "pending")
    let customers = try BinaryRunner.run(["export", "customers", "--db", db])
    #expect(customers.stdout.contains("taro.yamada@example.jp"))
  }

  @Test(arguments: [
    ("/customer C-1002", ["山田", "taro.yamada", "2,599.87"]),
    ("/as C-1002", ["山田", "Now speaking as"]),
    ("/customer c1002", ["山田", "taro.yamada"]),
  ])
  func aCustomerCannotOpenAnotherCustomerThroughCommands(command: String, leaks: [String]) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["--as", "C-1001", "--db", folder.file("x.sqlite")],
      stdin: command + "\nwhere is order 1004?\n")
    for leak in leaks {
      #expect(!result.stdout.contains(leak), "\(command): \(result.stdout)")
    }
    #expect(result.stdout.contains("I couldn't find order 1004."))
  }

  @Test func aCustomerSeesTheirOwn360() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["--as", "C-1001", "--db", folder.file("x.sqlite")], stdin: "/customer\n/customer C-1001\n")
    #expect(result.stdout.contains("Emily Carter"))
    #expect(result.stdout.contains("1002"))
    #expect(!result.stdout.contains("山田"))
  }

  @Test func aBrokenRulesFileStopsWithItsLocation() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = folder.file("intents")
    try FileManager.default.copyItem(atPath: RepositoryPaths.intents, toPath: intents)
    let rules = intents + "/rules.yml"
    let text = try String(contentsOfFile: rules, encoding: .utf8)
    try text.replacingOccurrences(of: "tier: gold", with: "tier: platinum")
      .write(toFile: rules, atomically: true, encoding: .utf8)
    let line = try #require(
      text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.contains("tier: gold")
      })
    let result = try BinaryRunner.run(
      ["ask", "hello", "--intents", intents, "--db", folder.file("x.sqlite")])
    #expect(result.status == 2)
    #expect(
      result.stderr == """
        \(rules):\(line + 1):13: error: unknown tier 'platinum' (expected one of: bronze, silver, gold)
              tier: platinum
                    ^

        """)
  }
}
