import GRDB

extension SQLiteStore {
  public func customers(matching prefix: String, limit: Int) throws(StoreError) -> [Customer] {
    let text = prefix.trimmingCharactersInWhitespace()
    return try read { db in
      if let number = RecordID.customer.parse(text) {
        // Ids starting with these digits: C-10 matches C-1001 ... C-1099 and C-10000 ...
        let digits = String(number)
        return try db.rows(
          "SELECT * FROM customers WHERE CAST(id AS TEXT) LIKE ? ORDER BY id LIMIT ?",
          [digits + "%", limit]
        ).map(Customer.init(row:))
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

  public func updateContact(customerID: String, email: String?, phone: String?)
    throws(StoreError) -> Customer?
  {
    guard let number = RecordID.customer.parse(customerID) else { return nil }
    return try write { db in
      if let email {
        try db.execute(
          sql: "UPDATE customers SET email = ? WHERE id = ?", arguments: [email, number])
      }
      if let phone {
        try db.execute(
          sql: "UPDATE customers SET phone = ? WHERE id = ?", arguments: [phone, number])
      }
      return try Customer.fetch(db, number: number)
    }
  }
}
