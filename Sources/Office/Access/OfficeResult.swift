/// The answer of a back-office query or change.
///
/// A customer asking about another customer's record gets `notFound`, exactly as for a record
/// that does not exist; the attempt is in the audit log.
public enum OfficeResult<Value: Sendable>: Sendable {
  /// The record(s), or the outcome of the change.
  case found(Value)
  /// No such record, or one the session may not see.
  case notFound
  /// The session's role may not do this at all; `required` lists the roles that may.
  case forbidden(required: [Role])

  /// The value when found.
  public var value: Value? {
    if case .found(let value) = self { return value }
    return nil
  }

  /// The same outcome with the value transformed.
  public func map<T: Sendable>(_ transform: (Value) -> T) -> OfficeResult<T> {
    switch self {
    case .found(let value): return .found(transform(value))
    case .notFound: return .notFound
    case .forbidden(let required): return .forbidden(required: required)
    }
  }
}

extension OfficeResult: Equatable where Value: Equatable {}

/// What became of a cancellation request.
public enum CancelOutcome: Sendable, Equatable {
  /// The order is now cancelled, with what that changed (its invoice voided or refunded).
  case cancelled(OrderCancellation)
  /// It was cancelled already; nothing changed.
  case alreadyCancelled(Order)
  /// It is too late (shipped, delivered or returned); nothing changed.
  case notCancellable(Order)
}

/// What became of a contact change.
public enum ContactUpdate: Sendable, Equatable {
  /// The customer as it is now.
  case updated(Customer)
  /// The new value was refused; nothing changed.
  case invalid(field: ContactField, value: String)
  /// The new value is another customer's (`owner`); contact details identify one customer, so
  /// nothing changed.
  case taken(field: ContactField, value: String, owner: String)
}

/// A customer's contact detail.
public enum ContactField: String, Sendable, CaseIterable {
  case email, phone
}
