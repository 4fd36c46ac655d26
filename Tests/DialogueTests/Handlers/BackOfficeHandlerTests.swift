import Dialogue
import Foundation
import IntentMatching
import Office
import TestSupport
import Testing

/// Every back-office handler, in English and Japanese, on a fresh demo database.
@Suite struct BackOfficeHandlerTests {
  /// One line answered by a handler: who asks, what, which intent and what the reply holds.
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var role: Role
    var customer: String?
    var agent: String?
    var line: String
    var intent: String
    var expected: [String]

    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "order_status en", role: .customer, customer: "C-1001", line: "where is my order 1002?",
      intent: "order_status",
      expected: ["Order 1002", "is shipped", "FedEx", "$914.94", "Nov 3, 2026"]),
    Case(
      id: "order_status ja", role: .customer, customer: "C-1002", line: "注文1004の状況を教えて",
      intent: "order_status", expected: ["注文1004", "発送済み", "2,599.87ドル", "2026年10月22日"]),
    Case(
      id: "track_shipment en", role: .customer, customer: "C-1001",
      line: "what is the tracking number for order 1002", intent: "track_shipment",
      expected: ["974148262493", "Oct 28, 2026"]),
    Case(
      id: "track_shipment ja", role: .customer, customer: "C-1001", line: "注文1002の追跡番号を教えて",
      intent: "track_shipment", expected: ["974148262493", "2026年10月28日"]),
    Case(
      id: "cancel_order shipped en", role: .customer, customer: "C-1001", line: "cancel order 1002",
      intent: "cancel_order", expected: ["can no longer be cancelled", "shipped"]),
    Case(
      id: "cancel_order shipped ja", role: .customer, customer: "C-1001", line: "注文1002をキャンセルしたい",
      intent: "cancel_order", expected: ["キャンセルできません"]),
    Case(
      id: "stock_check en", role: .agent, line: "is P-1001 in stock", intent: "stock_check",
      expected: ["Wireless Mouse (P-1001)", "456 units", "Osaka 149"]),
    Case(
      id: "stock_check ja", role: .agent, line: "P-1001の在庫はありますか", intent: "stock_check",
      expected: ["ワイヤレスマウス（P-1001）", "456個"]),
    Case(
      id: "product_price en", role: .customer, customer: "C-1001",
      line: "how much does P-1002 cost",
      intent: "product_price", expected: ["$89.99"]),
    Case(
      id: "product_price ja", role: .customer, customer: "C-1002", line: "P-1002の値段はいくらですか",
      intent: "product_price", expected: ["89.99ドル"]),
    Case(
      id: "invoice_status en", role: .finance, line: "has invoice INV-1002 been paid",
      intent: "invoice_status", expected: ["INV-1002", "$914.94", "unpaid", "Nov 25, 2026"]),
    Case(
      id: "invoice_status ja", role: .finance, line: "請求書INV-1002は支払い済みですか",
      intent: "invoice_status", expected: ["914.94ドル", "未払い", "2026年11月25日"]),
    Case(
      id: "refund_status en", role: .finance, line: "refund status for order 1008",
      intent: "refund_status", expected: ["R-1001", "$163.93", "paid"]),
    Case(
      id: "refund_status ja", role: .customer, customer: "C-1107", line: "注文1008の返金状況を教えて",
      intent: "refund_status", expected: ["R-1001", "163.93ドル", "返金済み"]),
    Case(
      id: "account_balance en", role: .customer, customer: "C-1001",
      line: "what is my account balance",
      intent: "account_balance", expected: ["C-1001", "$4,630.65", "4 invoices"]),
    Case(
      id: "account_balance ja", role: .finance, line: "C-1001の残高を確認して", intent: "account_balance",
      expected: ["4,630.65ドル"]),
    Case(
      id: "update_contact en", role: .customer, customer: "C-1001",
      line: "change my email to emily.carter2@example.org", intent: "update_contact",
      expected: ["emily.carter@example.com", "emily.carter2@example.org", "yes or no"]),
    Case(
      id: "update_contact ja", role: .customer, customer: "C-1002",
      line: "電話番号が090-1234-5678に変わりました", intent: "update_contact",
      expected: ["090-1234-5678", "変更しますか"]),
    Case(
      id: "leave_balance en", role: .hr, line: "how many vacation days does E-1001 have left",
      intent: "leave_balance", expected: ["Kenji Sato", "1 of 11 days"]),
    Case(
      id: "leave_balance ja", role: .hr, line: "E-1001の有給はあと何日残っていますか",
      intent: "leave_balance", expected: ["佐藤 健二", "11日中1日"]),
    Case(
      id: "leave_balance by name en", role: .hr, line: "how many leave days does Sato have?",
      intent: "leave_balance", expected: ["Kenji Sato", "1 of 11 days"]),
    Case(
      id: "leave_balance by name ja", role: .hr, line: "佐藤さんの有給は何日残っていますか",
      intent: "leave_balance", expected: ["佐藤 健二", "11日中1日"]),
    Case(
      id: "password_reset en", role: .customer, customer: "C-1001", line: "I forgot my password",
      intent: "password_reset", expected: ["ticket T-", "never ask for or show passwords"]),
    Case(
      id: "password_reset ja", role: .it, agent: "ksato", line: "パスワードを忘れました",
      intent: "password_reset", expected: ["ITチケット", "ksato"]),
    Case(
      id: "contract_renewal en", role: .customer, customer: "C-1001",
      line: "when does my contract renew",
      intent: "contract_renewal", expected: ["K-1001", "Aug 8, 2027"]),
    Case(
      id: "contract_renewal ja", role: .legal, line: "C-1001の契約の更新日を教えて",
      intent: "contract_renewal", expected: ["K-1001", "2027年8月8日"]),
    Case(
      id: "sales_quote en", role: .customer, customer: "C-1001",
      line: "can I get a quote for 20 units of P-1003", intent: "sales_quote",
      expected: ["$799.80", "lead L-"]),
    Case(
      id: "sales_quote ja", role: .customer, customer: "C-1002", line: "P-1003の見積もりをお願いします、数量 30個",
      intent: "sales_quote", expected: ["1,199.70ドル", "リードL-"]),
    Case(
      id: "human_agent en", role: .customer, customer: "C-1003",
      line: "can I talk to a human please",
      intent: "human_agent", expected: ["ticket T-"]),
    Case(
      id: "human_agent ja", role: .customer, customer: "C-1002", line: "担当者と話したい",
      intent: "human_agent", expected: ["チケットT-"]),
  ]

  @Test(arguments: cases)
  func answersWithRealRecords(_ example: Case) throws {
    let engine = try TestEngine.make()
    let session = Session(
      settings: SessionSettings(
        role: example.role, customerID: example.customer, agent: example.agent, channel: .test,
        roleIsExplicit: true))
    let turn = try engine.respond(to: example.line, in: session)
    #expect(turn.intent == example.intent)
    for text in example.expected {
      #expect(turn.reply.contains(text), "\(turn.reply)")
    }
  }

  @Test func everyBackOfficeIntentHasARegisteredHandler() throws {
    let registry = HandlerRegistry.backOffice
    for intent in EngineFactory.catalog.intents where intent.handler != nil {
      #expect(registry.handler(named: intent.handler ?? "") != nil, "\(intent.name)")
    }
    #expect(registry.handler(named: "human_agent") != nil)
  }

  @Test(arguments: [
    (
      Role.customer, String?("C-1001"), "where is my order?",
      "Which order number? Open orders: 1559 (shipped), 1208 (shipped), 1003 (processing), 1002 (shipped)."
    ),
    (.customer, "C-1001", "I want to cancel my order", "Open orders: 1003 (processing)."),
    (.agent, nil, "where is my order?", "Which order number?"),
    // Finance may not read orders: refused at once, and no open orders are named.
    (.finance, "C-1001", "where is my order?", "needs the agent role; your session is finance."),
  ])
  func theOrderQuestionListsTheCustomersOpenOrders(
    role: Role, customer: String?, line: String, expected: String
  ) throws {
    let engine = try TestEngine.make()
    let session = Session(
      settings: SessionSettings(
        role: role, customerID: customer, channel: .test, roleIsExplicit: true))
    let turn = try engine.respond(to: line, in: session)
    #expect(turn.reply.hasSuffix(expected), "\(turn.reply)")
  }
}
