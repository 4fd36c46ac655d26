/// Someone who works for the company (HR).
public struct Employee: Sendable, Equatable, Codable {
  /// `E-1001`.
  public var id: String
  /// Name in Latin letters (`Kenji Sato`).
  public var nameEN: String
  /// Name in Japanese (`佐藤 健二`).
  public var nameJA: String
  /// `Sales`, `Support`, `Finance`, ...
  public var department: String
  /// Work email address.
  public var email: String
  /// Paid leave days granted this year.
  public var leaveDaysTotal: Int
  /// Paid leave days taken this year.
  public var leaveDaysUsed: Int

  /// Creates an employee.
  public init(
    id: String, nameEN: String, nameJA: String, department: String, email: String,
    leaveDaysTotal: Int, leaveDaysUsed: Int
  ) {
    self.id = id
    self.nameEN = nameEN
    self.nameJA = nameJA
    self.department = department
    self.email = email
    self.leaveDaysTotal = leaveDaysTotal
    self.leaveDaysUsed = leaveDaysUsed
  }

  /// Paid leave days still available.
  public var leaveDaysRemaining: Int { leaveDaysTotal - leaveDaysUsed }
}

/// A login of an employee on one of the company's systems. Passwords are never stored.
public struct ITAccount: Sendable, Equatable, Codable {
  /// `IT-1001`.
  public var id: String
  /// `E-1001`.
  public var employeeID: String
  /// Login name (`ksato`).
  public var username: String
  /// `email`, `erp`, `vpn`, ...
  public var system: String
  /// Whether the account is locked.
  public var locked: Bool

  /// Creates an account.
  public init(id: String, employeeID: String, username: String, system: String, locked: Bool) {
    self.id = id
    self.employeeID = employeeID
    self.username = username
    self.system = system
    self.locked = locked
  }
}
