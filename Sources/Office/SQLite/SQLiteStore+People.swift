import Foundation
import GRDB

extension SQLiteStore {
  func employees(named name: String) throws(StoreError) -> [Employee] {
    let text = SearchText.personName(name)
    guard !text.isEmpty else { return [] }
    if let number = RecordID.employee.parse(text), text.uppercased().hasPrefix("E") {
      return try read { db in
        try db.rows("SELECT * FROM employees WHERE id = ?", [number]).map(Employee.init(row:))
      }
    }
    let compact = containsPattern(text.replacingOccurrences(of: " ", with: ""))
    return try read { db in
      try db.rows(
        """
        SELECT * FROM employees
        WHERE name_en LIKE ? ESCAPE '\\' OR REPLACE(name_ja, ' ', '') LIKE ? ESCAPE '\\'
          OR REPLACE(name_ja, '・', '') LIKE ? ESCAPE '\\'
        ORDER BY id
        """,
        [containsPattern(text), compact, compact]
      ).map(Employee.init(row:))
    }
  }

  func itAccounts(matching name: String) throws(StoreError) -> [ITAccount] {
    let text = name.trimmingCharactersInWhitespace()
    guard !text.isEmpty else { return [] }
    let byUsername = try read { db in
      try db.rows("SELECT * FROM it_accounts WHERE username = ? ORDER BY id", [text])
        .map(ITAccount.init(row:))
    }
    if !byUsername.isEmpty { return byUsername }
    let owners = try employees(named: text).compactMap { RecordID.employee.parse($0.id) }
    guard !owners.isEmpty else { return [] }
    return try read { db in
      try db.rows(
        "SELECT * FROM it_accounts WHERE employee_id IN (\(owners.map(String.init).joined(separator: ","))) ORDER BY id"
      ).map(ITAccount.init(row:))
    }
  }

  func contract(id: String) throws(StoreError) -> Contract? {
    guard let number = RecordID.contract.parse(id) else { return nil }
    return try read { db in
      try db.rows("SELECT * FROM contracts WHERE id = ?", [number]).first.map(Contract.init(row:))
    }
  }

  func contracts(customerID: String) throws(StoreError) -> [Contract] {
    guard let number = RecordID.customer.parse(customerID) else { return [] }
    return try read { db in
      try db.rows("SELECT * FROM contracts WHERE customer_id = ? ORDER BY end_on, id", [number])
        .map(Contract.init(row:))
    }
  }
}
