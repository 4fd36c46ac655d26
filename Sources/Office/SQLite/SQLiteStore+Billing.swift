import GRDB

extension SQLiteStore {
  func invoice(id: String) throws(StoreError) -> Invoice? {
    guard let number = RecordID.invoice.parse(id) else { return nil }
    return try read { db in
      try db.row("SELECT * FROM invoices WHERE id = ?", [number]).map(Invoice.init(row:))
    }
  }

  func invoices(customerID: String) throws(StoreError) -> [Invoice] {
    guard let number = RecordID.customer.parse(customerID) else { return [] }
    return try read { db in
      try db.rows("SELECT * FROM invoices WHERE customer_id = ? ORDER BY id DESC", [number])
        .map(Invoice.init(row:))
    }
  }

  func payments(invoiceID: String) throws(StoreError) -> [Payment] {
    guard let number = RecordID.invoice.parse(invoiceID) else { return [] }
    return try read { db in
      try db.rows("SELECT * FROM payments WHERE invoice_id = ? ORDER BY id", [number])
        .map(Payment.init(row:))
    }
  }

  func refunds(orderID: Int64) throws(StoreError) -> [Refund] {
    try read { db in
      try db.rows("SELECT * FROM refunds WHERE order_id = ? ORDER BY id", [orderID])
        .map(Refund.init(row:))
    }
  }

  func refunds(customerID: String) throws(StoreError) -> [Refund] {
    guard let number = RecordID.customer.parse(customerID) else { return [] }
    return try read { db in
      try db.rows("SELECT * FROM refunds WHERE customer_id = ? ORDER BY id DESC", [number])
        .map(Refund.init(row:))
    }
  }
}
