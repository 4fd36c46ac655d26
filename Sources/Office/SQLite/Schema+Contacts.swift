import GRDB

extension Schema {
  /// A phone number's digits in SQL: the characters ``ContactValidation`` allows besides digits
  /// taken out.
  static let phoneDigits =
    "replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', '')"

  /// Indexes that find the customer holding an email address (in any letter case) or a phone
  /// number (by its digits), so that a contact change can refuse another customer's details.
  /// They are not UNIQUE: the demo company at larger scales repeats a few addresses and numbers,
  /// and databases written before this check may too; the store refuses new duplicates.
  static func createContactIndexes(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX customers_email ON customers(lower(email));
        CREATE INDEX customers_phone_digits ON customers(\(phoneDigits));
        """)
  }
}
