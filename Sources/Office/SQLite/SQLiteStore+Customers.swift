import GRDB

extension SQLiteStore {
  func customers(matching prefix: String, limit: Int) throws(StoreError) -> [Customer] {
    let text = prefix.trimmingCharactersInWhitespace()
    return try read { db in
      if let number = RecordID.customer.parse(text) {
        // Ids starting with these digits (C-10: C-10, C-100...C-109, C-1000...C-1099, ...), as
        // index ranges from the shortest ids up, so the result stays in id order.
        var found: [Customer] = []
        var low = number
        var width: Int64 = 1
        while found.count < limit && low <= 1_000_000_000_000 {
          found += try db.rows(
            "SELECT * FROM customers WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?",
            [low, low + width - 1, limit - found.count]
          ).map(Customer.init(row:))
          low *= 10
          width *= 10
        }
        return found
      }
      guard !text.isEmpty else {
        return try db.rows("SELECT * FROM customers ORDER BY id LIMIT ?", [limit])
          .map(Customer.init(row:))
      }
      var found = try db.rows(
        "SELECT * FROM customers WHERE name LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
        [prefixPattern(text), limit]
      ).map(Customer.init(row:))
      if found.count < limit {
        // Then names with a later word starting with the text (family names).
        let more = try db.rows(
          """
          SELECT * FROM customers WHERE name LIKE ? ESCAPE '\\' AND name NOT LIKE ? ESCAPE '\\'
          ORDER BY id LIMIT ?
          """,
          ["% " + prefixPattern(text), prefixPattern(text), limit - found.count]
        ).map(Customer.init(row:))
        found += more
      }
      return found
    }
  }

  func updateContact(customerID: String, email: String?, phone: String?)
    throws(StoreError) -> Customer?
  {
    guard let number = RecordID.customer.parse(customerID) else { return nil }
    return try write { db in
      // Checked in the write transaction, so no other writer can take the value in between.
      if let email,
        let owner = try Int64.fetchOne(
          db, sql: "SELECT id FROM customers WHERE lower(email) = lower(?) AND id != ? LIMIT 1",
          arguments: [email, number])
      {
        throw StoreError(
          .duplicate(field: "email", owner: RecordID.customer.format(owner)),
          message: "the email \(email) is another customer's")
      }
      if let phone, !Self.phoneDigits(phone).isEmpty,
        let owner = try Int64.fetchOne(
          db,
          sql: "SELECT id FROM customers WHERE \(Self.phoneDigitsSQL) = ? AND id != ? LIMIT 1",
          arguments: [Self.phoneDigits(phone), number])
      {
        throw StoreError(
          .duplicate(field: "phone", owner: RecordID.customer.format(owner)),
          message: "the phone \(phone) is another customer's")
      }
      if let email {
        try db.run("UPDATE customers SET email = ? WHERE id = ?", [email, number])
      }
      if let phone {
        try db.run("UPDATE customers SET phone = ? WHERE id = ?", [phone, number])
      }
      return try Customer.fetch(db, number: number)
    }
  }

  /// The digits of a phone number (`+81-90-1234-5678` → `819012345678`): two ways of writing
  /// one number are one number.
  static func phoneDigits(_ phone: String) -> String {
    phone.filter { $0.isASCII && $0.isNumber }
  }

  /// ``phoneDigits(_:)`` in SQL, over the characters ``ContactValidation`` allows; the
  /// `customers_phone_digits` index is on this expression.
  static let phoneDigitsSQL = Schema.phoneDigits
}
