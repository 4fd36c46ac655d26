import Foundation

/// The back office as one session sees it: every query and change goes through the
/// ``AccessPolicy`` and into the audit log.
///
/// Create one per session with the store, who is asking and a clock:
/// ```swift
/// let office = BackOffice(store: store, principal: Principal(role: .customer, customerID: "C-1001"),
///                         clock: { Date() })
/// if case .found(let order) = try office.order(id: 1002) { print(order.status) }
/// ```
/// A customer asking about someone else's record gets ``OfficeResult/notFound``, exactly as for a
/// record that does not exist; a role that may not ask at all gets ``OfficeResult/forbidden(required:)``.
public struct BackOffice: Sendable {
  /// Where the records are.
  public let store: any Store
  /// Who is asking.
  public let principal: Principal
  /// The time written to the audit log and on new records.
  public let clock: @Sendable () -> Date
  /// The day invoices are judged on (`yyyy-MM-dd`): an unpaid invoice due before it is reported
  /// overdue. Nil reports statuses as stored, so that piped sessions and transcripts answer the
  /// same on any day.
  public let referenceDay: String?
  /// Told of every audit entry written (the engine lists what a turn did with the records).
  public let observer: (@Sendable (AuditEntry) -> Void)?
  /// Whether audit entries are written to the store (the default). False only for a store opened
  /// read-only (`SQLiteStore(readingOnly:)`), which cannot hold them: the entries then go to the
  /// observer alone, and the caller says so.
  public var writesAudit = true

  /// Creates the back office for one principal.
  public init(
    store: any Store, principal: Principal, clock: @escaping @Sendable () -> Date,
    referenceDay: String? = nil, observer: (@Sendable (AuditEntry) -> Void)? = nil
  ) {
    self.store = store
    self.principal = principal
    self.clock = clock
    self.referenceDay = referenceDay
    self.observer = observer
  }

  /// The same back office for another principal (after `/as`, `/role`).
  public func acting(as principal: Principal) -> BackOffice {
    BackOffice(
      store: store, principal: principal, clock: clock, referenceDay: referenceDay,
      observer: observer)
  }

  /// `invoice` as it stands on the reference day.
  func standing(_ invoice: Invoice) -> Invoice {
    referenceDay.map { invoice.standing(on: $0) } ?? invoice
  }

  /// Writes one audit entry for the current principal.
  func audit(_ action: String, _ target: String, allowed: Bool, _ detail: String = "")
    throws(StoreError)
  {
    let entry = AuditEntry(
      at: clock(), actor: principal.auditName, role: principal.role, action: action,
      target: target, allowed: allowed, detail: detail, customerID: principal.customerID)
    if writesAudit { try store.appendAudit(entry) }
    observer?(entry)
  }

  /// Nil when the role may do it; otherwise the roles that may, after auditing the refusal.
  func refusal(
    _ operation: AccessOperation, _ resource: AccessResource, action: String, target: String
  ) throws(StoreError) -> [Role]? {
    if AccessPolicy.allows(principal.role, operation, resource) { return nil }
    try audit(action, target, allowed: false, "role \(principal.role.rawValue) may not")
    return AccessPolicy.roles(operation, resource)
  }

  /// Nil when the role may `operation` `resource` at all; otherwise the roles that may, after
  /// auditing the refusal (as `resource.operation`, before any record is named).
  public func refusal(_ operation: AccessOperation, _ resource: AccessResource)
    throws(StoreError) -> [Role]?
  {
    try refusal(
      operation, resource, action: "\(resource.rawValue).\(operation.rawValue)", target: "")
  }

  /// Nil when the session's role is one of `required` (a business rule's `require_role` for
  /// `intent`); otherwise `required`, after auditing the refusal. The same policy and audit as
  /// every other check.
  public func refusal(requiring required: [Role], for intent: String) throws(StoreError)
    -> [Role]?
  {
    if AccessPolicy.allows(principal.role, requiring: required) { return nil }
    try audit(
      "rule.require_role", intent, allowed: false,
      "role \(principal.role.rawValue) is not \(required.map(\.rawValue).joined(separator: "/"))")
    return required
  }

  /// Reads one record: role check, fetch, own-record check (when `owner` names a customer),
  /// audit.
  func guardedRead<Value: Sendable>(
    _ resource: AccessResource, action: String, target: String,
    owner: (Value) -> String?, fetch: () throws(StoreError) -> Value?
  ) throws(StoreError) -> OfficeResult<Value> {
    if let roles = try refusal(.read, resource, action: action, target: target) {
      return .forbidden(required: roles)
    }
    guard let value = try fetch() else {
      try audit(action, target, allowed: true, "not found")
      return .notFound
    }
    if AccessPolicy.ownRecordsOnly(principal.role), let owner = owner(value),
      owner != principal.customerID
    {
      try audit(action, target, allowed: false, "record of another customer")
      return .notFound
    }
    try audit(action, target, allowed: true)
    return .found(value)
  }

  /// The customer a customer-scoped query is about: the one asked for, else the session's.
  ///
  /// Nil (after auditing) when there is none, it does not exist, or a customer asks about
  /// someone else.
  func scopedCustomer(_ requested: String?, action: String, checkExists: Bool = true)
    throws(StoreError) -> String?
  {
    let asked = requested.map { id in
      RecordID.customer.parse(id).map(RecordID.customer.format) ?? id
    }
    guard let id = asked ?? principal.customerID else {
      try audit(action, "-", allowed: true, "no customer given")
      return nil
    }
    if AccessPolicy.ownRecordsOnly(principal.role) && id != principal.customerID {
      try audit(action, id, allowed: false, "record of another customer")
      return nil
    }
    if checkExists, try store.customer(id: id) == nil {
      try audit(action, id, allowed: true, "not found")
      return nil
    }
    return id
  }

  /// Runs a customer-scoped query: role check, customer scope, fetch, audit.
  func scopedRead<Value: Sendable>(
    _ resource: AccessResource, action: String, customerID: String?,
    fetch: (String) throws(StoreError) -> Value
  ) throws(StoreError) -> OfficeResult<Value> {
    let target = customerID ?? principal.customerID ?? "-"
    if let roles = try refusal(.read, resource, action: action, target: target) {
      return .forbidden(required: roles)
    }
    guard let id = try scopedCustomer(customerID, action: action) else { return .notFound }
    let value = try fetch(id)
    try audit(action, id, allowed: true)
    return .found(value)
  }
}
