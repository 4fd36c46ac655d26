import Foundation
import TestSupport
import Testing

/// `intents validate` reports, located, what loads but breaks at run time: an unknown handler or
/// slot, a broken `rules.yml`, a folder without intents; an intent that can never answer is a
/// warning.
@Suite struct IntentsValidateTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var files: [String: String]
    /// The first line of stderr, with `DIR` for the folder.
    var firstLine: String
    var status: Int32 = 2
    var testDescription: String { id }
  }

  static let orders = """
    intents:
      - name: where_order
        examples: [where is my order, has my order shipped]
        handler: ordr_status
        slots: [order_id]

    """

  static let cases: [Case] = [
    Case(
      id: "misspelt handler", files: ["orders.yml": orders],
      firstLine:
        "DIR/orders.yml:4:14: error: intent 'where_order': no handler is named 'ordr_status' "
        + "(known: account_balance, cancel_order, contract_renewal, human_agent, "
        + "invoice_status, leave_balance, order_status, password_reset, product_price, "
        + "refund_status, sales_quote, stock_check, track_shipment, update_contact)"),
    Case(
      id: "misspelt slot",
      files: [
        "orders.yml": orders.replacingOccurrences(of: "ordr_status", with: "order_status")
          .replacingOccurrences(of: "[order_id]", with: "[ordr_id]")
      ],
      firstLine:
        "DIR/orders.yml:5:13: error: intent 'where_order': no recogniser or handler knows the "
        + "slot 'ordr_id' (declare an entity of that name)"),
    Case(
      id: "misspelt slot in a block list",
      files: [
        "orders.yml": orders.replacingOccurrences(of: "ordr_status", with: "order_status")
          .replacingOccurrences(
            of: "slots: [order_id]", with: "slots:\n      - order_id\n      - emial")
      ],
      firstLine:
        "DIR/orders.yml:7:9: error: intent 'where_order': no recogniser or handler knows the "
        + "slot 'emial' (declare an entity of that name)"),
    Case(
      id: "misspelt intent in rules.yml",
      files: [
        "orders.yml": orders.replacingOccurrences(of: "ordr_status", with: "order_status"),
        "rules.yml":
          "rules:\n  - name: late\n    when: {intent: wher_order}\n    then: {note: late}\n",
      ],
      firstLine: "DIR/rules.yml:3:20: error: unknown intent 'wher_order'"),
    Case(
      id: "misspelt role in rules.yml",
      files: [
        "orders.yml": orders.replacingOccurrences(of: "ordr_status", with: "order_status"),
        "rules.yml":
          "rules:\n  - name: late\n    when: {intent: where_order}\n    then: {require_role: finanse}\n",
      ],
      firstLine:
        "DIR/rules.yml:4:26: error: unknown role 'finanse' (expected one of: customer, agent, "
        + "finance, hr, it, legal, admin)"),
    Case(
      id: "unknown field in rules.yml",
      files: [
        "orders.yml": orders.replacingOccurrences(of: "ordr_status", with: "order_status"),
        "rules.yml":
          "rules:\n  - name: late\n    when: {intent: where_order, colour: red}\n    then: {note: late}\n",
      ],
      firstLine:
        "DIR/rules.yml:3:33: error: unknown key 'colour' in 'when' (expected one of: amount, "
        + "channel, intent, language, role, slots, tier, time)"),
    Case(
      id: "no intents", files: [:],
      firstLine: "DIR:1:1: error: the catalog has no intents: every line would be out of scope"),
    Case(
      id: "no answer and no handler",
      files: ["faq.yml": "intents:\n  - name: hours\n    examples: [when are you open]\n"],
      firstLine:
        "DIR/faq.yml:2:5: warning: intent 'hours' has no answers and no handler: it is "
        + "recognised but never answered", status: 0),
  ]

  @Test(arguments: cases) func reportsWhatBreaksAtRunTime(_ example: Case) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let catalog = folder.file("catalog")
    try FileManager.default.createDirectory(atPath: catalog, withIntermediateDirectories: true)
    for (name, text) in example.files {
      try text.write(toFile: catalog + "/" + name, atomically: true, encoding: .utf8)
    }
    let result = try BinaryRunner.run(
      ["intents", "validate", "--no-cross-validation", catalog], stdin: "")
    #expect(result.status == example.status, "\(result.stderr)")
    let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first == example.firstLine.replacingOccurrences(of: "DIR", with: catalog))
  }

  @Test func theBuiltInCatalogIsValid() throws {
    let result = try BinaryRunner.run(["intents", "validate", "--no-cross-validation"], stdin: "")
    #expect(result.status == 0, "\(result.stderr)")
  }
}
