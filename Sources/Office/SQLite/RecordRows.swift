import Foundation
import GRDB

// Decoding of back-office rows into records. Column names follow `Schema`.

extension Customer {
  /// The customer numbered `number`, if any.
  static func fetch(_ db: Database, number: Int64) throws -> Customer? {
    try db.row("SELECT * FROM customers WHERE id = ?", [number]).map(Customer.init(row:))
  }

  init(row: Row) {
    self.init(
      id: RecordID.customer.format(row["id"]), name: row["name"], email: row["email"],
      language: row["language"], phone: row["phone"], company: row["company"],
      tier: Tier(rawValue: row["tier"]) ?? .bronze)
  }
}

extension Product {
  init(row: Row) {
    self.init(
      id: RecordID.product.format(row["id"]), nameEN: row["name_en"], nameJA: row["name_ja"],
      price: Money(cents: row["price_cents"], currency: row["currency"]))
  }
}

extension Invoice {
  init(row: Row) {
    self.init(
      id: RecordID.invoice.format(row["id"]),
      customerID: RecordID.customer.format(row["customer_id"]),
      orderID: row["order_id"],
      amount: Money(cents: row["amount_cents"], currency: row["currency"]),
      issuedOn: row["issued_on"], dueOn: row["due_on"],
      status: Status(rawValue: row["status"]) ?? .unpaid)
  }
}

extension Payment {
  init(row: Row) {
    self.init(
      id: RecordID.payment.format(row["id"]), invoiceID: RecordID.invoice.format(row["invoice_id"]),
      amount: Money(cents: row["amount_cents"], currency: row["currency"]), paidOn: row["paid_on"],
      method: row["method"])
  }
}

extension Refund {
  init(row: Row) {
    self.init(
      id: RecordID.refund.format(row["id"]), orderID: row["order_id"],
      customerID: RecordID.customer.format(row["customer_id"]),
      amount: Money(cents: row["amount_cents"], currency: row["currency"]),
      status: Status(rawValue: row["status"]) ?? .requested, requestedOn: row["requested_on"])
  }
}

extension Employee {
  init(row: Row) {
    self.init(
      id: RecordID.employee.format(row["id"]), nameEN: row["name_en"], nameJA: row["name_ja"],
      department: row["department"], email: row["email"], leaveDaysTotal: row["leave_total"],
      leaveDaysUsed: row["leave_used"])
  }
}

extension ITAccount {
  init(row: Row) {
    self.init(
      id: RecordID.itAccount.format(row["id"]),
      employeeID: RecordID.employee.format(row["employee_id"]),
      username: row["username"], system: row["system"], locked: row["locked"])
  }
}

extension Contract {
  init(row: Row) {
    self.init(
      id: RecordID.contract.format(row["id"]),
      customerID: RecordID.customer.format(row["customer_id"]),
      title: row["title"], startOn: row["start_on"], endOn: row["end_on"],
      renewalTerms: row["renewal_terms"], autoRenew: row["auto_renew"])
  }
}

extension Ticket {
  init(row: Row) {
    let customer: Int64? = row["customer_id"]
    self.init(
      id: RecordID.ticket.format(row["id"]), customerID: customer.map(RecordID.customer.format),
      subject: row["subject"], status: Status(rawValue: row["status"]) ?? .open,
      priority: Priority(rawValue: row["priority"]) ?? .normal, team: row["team"],
      conversationID: row["conversation_id"], createdAt: row.moment("created_at") ?? .distantPast)
  }
}

extension Lead {
  init(row: Row) {
    let customer: Int64? = row["customer_id"]
    let product: Int64? = row["product_id"]
    self.init(
      id: RecordID.lead.format(row["id"]), customerID: customer.map(RecordID.customer.format),
      productID: product.map(RecordID.product.format), quantity: row["quantity"],
      note: row["note"], status: row["status"], createdAt: row.moment("created_at") ?? .distantPast)
  }
}
