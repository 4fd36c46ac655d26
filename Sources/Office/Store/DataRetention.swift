/// What `db forget` erased of one customer.
///
/// The customer's name, email, phone and company are replaced by a tombstone; the texts and
/// slots of their conversations' messages are emptied, and so are other lines quoting their
/// name, email or phone; ticket subjects, lead notes and audit details about them are redacted.
/// Ids, orders, invoices, conversations and the report's counts stay, so that accounts and
/// reports still add up.
public struct ForgetReport: Sendable, Equatable {
  /// `C-1002`.
  public var customerID: String
  /// Messages whose text was erased.
  public var messages: Int
  /// Tickets whose subject was redacted.
  public var tickets: Int
  /// Leads whose note was redacted.
  public var leads: Int
  /// Audit entries whose target or detail was redacted.
  public var auditEntries: Int

  /// Creates a report.
  public init(customerID: String, messages: Int, tickets: Int, leads: Int, auditEntries: Int) {
    self.customerID = customerID
    self.messages = messages
    self.tickets = tickets
    self.leads = leads
    self.auditEntries = auditEntries
  }
}

/// What `db prune` removed.
public struct PruneReport: Sendable, Equatable {
  /// The first day kept (`yyyy-MM-dd`).
  public var before: String
  /// Conversations deleted.
  public var conversations: Int
  /// Messages deleted.
  public var messages: Int

  /// Creates a report.
  public init(before: String, conversations: Int, messages: Int) {
    self.before = before
    self.conversations = conversations
    self.messages = messages
  }
}

extension Store {
  /// A store that cannot erase says so.
  public func forgetCustomer(id: String) throws(StoreError) -> ForgetReport? {
    throw StoreError(.failed, message: "this database cannot forget customers")
  }

  /// A store that cannot prune says so.
  public func prune(before day: String) throws(StoreError) -> PruneReport {
    throw StoreError(.failed, message: "this database cannot prune conversations")
  }
}
