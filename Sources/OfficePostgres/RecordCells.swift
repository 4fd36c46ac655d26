import Foundation
import Office

// Decoding of back-office rows into records, as SQLite's RecordRows.swift does. Column names
// follow the schema.

extension Customer {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.customer.format(try row.int("id")), name: try row.text("name"),
      email: try row.text("email"), language: try row.text("language"),
      phone: try row.text("phone"), company: try row.text("company"),
      tier: Tier(rawValue: try row.text("tier")) ?? .bronze)
  }
}

extension Product {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.product.format(try row.int("id")), nameEN: try row.text("name_en"),
      nameJA: try row.text("name_ja"),
      price: Money(cents: try row.int("price_cents"), currency: try row.text("currency")))
  }
}

extension Invoice {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.invoice.format(try row.int("id")),
      customerID: RecordID.customer.format(try row.int("customer_id")),
      orderID: try row.optionalInt("order_id"),
      amount: Money(cents: try row.int("amount_cents"), currency: try row.text("currency")),
      issuedOn: try row.text("issued_on"), dueOn: try row.text("due_on"),
      status: Status(rawValue: try row.text("status")) ?? .unpaid)
  }
}

extension Payment {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.payment.format(try row.int("id")),
      invoiceID: RecordID.invoice.format(try row.int("invoice_id")),
      amount: Money(cents: try row.int("amount_cents"), currency: try row.text("currency")),
      paidOn: try row.text("paid_on"), method: try row.text("method"))
  }
}

extension Refund {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.refund.format(try row.int("id")), orderID: try row.int("order_id"),
      customerID: RecordID.customer.format(try row.int("customer_id")),
      amount: Money(cents: try row.int("amount_cents"), currency: try row.text("currency")),
      status: Status(rawValue: try row.text("status")) ?? .requested,
      requestedOn: try row.text("requested_on"))
  }
}

extension Employee {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.employee.format(try row.int("id")), nameEN: try row.text("name_en"),
      nameJA: try row.text("name_ja"), department: try row.text("department"),
      email: try row.text("email"), leaveDaysTotal: Int(try row.int("leave_total")),
      leaveDaysUsed: Int(try row.int("leave_used")))
  }
}

extension ITAccount {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.itAccount.format(try row.int("id")),
      employeeID: RecordID.employee.format(try row.int("employee_id")),
      username: try row.text("username"), system: try row.text("system"),
      locked: try row.bool("locked"))
  }
}

extension Contract {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.contract.format(try row.int("id")),
      customerID: RecordID.customer.format(try row.int("customer_id")),
      title: try row.text("title"), startOn: try row.text("start_on"),
      endOn: try row.text("end_on"), renewalTerms: try row.text("renewal_terms"),
      autoRenew: try row.bool("auto_renew"))
  }
}

extension Ticket {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.ticket.format(try row.int("id")),
      customerID: try row.optionalInt("customer_id").map(RecordID.customer.format),
      subject: try row.text("subject"), status: Status(rawValue: try row.text("status")) ?? .open,
      priority: Priority(rawValue: try row.text("priority")) ?? .normal,
      team: try row.text("team"), conversationID: try row.optionalInt("conversation_id"),
      createdAt: try row.moment("created_at") ?? .distantPast)
  }
}

extension Lead {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      id: RecordID.lead.format(try row.int("id")),
      customerID: try row.optionalInt("customer_id").map(RecordID.customer.format),
      productID: try row.optionalInt("product_id").map(RecordID.product.format),
      quantity: Int(try row.int("quantity")), note: try row.text("note"),
      status: try row.text("status"), createdAt: try row.moment("created_at") ?? .distantPast)
  }
}

extension AuditEntry {
  init(cells row: Cells) throws(StoreError) {
    self.init(
      at: try row.moment("at") ?? .distantPast, actor: try row.text("actor"),
      role: Role(rawValue: try row.text("role")) ?? .agent, action: try row.text("action"),
      target: try row.text("target"), allowed: try row.bool("allowed"),
      detail: try row.text("detail"), customerID: try row.optionalText("customer_id"))
  }
}
