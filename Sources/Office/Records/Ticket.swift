import Foundation

/// A case for a human team: support escalations, IT requests.
public struct Ticket: Sendable, Equatable, Codable {
  /// Where a ticket is in its life.
  public enum Status: String, Sendable, Codable, CaseIterable {
    case open, pending, closed
  }

  /// How soon it needs attention.
  public enum Priority: String, Sendable, Codable, CaseIterable {
    case low, normal, high, urgent
  }

  /// `T-1001`.
  public var id: String
  /// `C-1001`, when it is about a customer.
  public var customerID: String?
  /// One-line summary.
  public var subject: String
  /// Current status.
  public var status: Status
  /// Priority.
  public var priority: Priority
  /// The team handling it (`support`, `billing`, `it`, ...).
  public var team: String
  /// The conversation it came from, if any.
  public var conversationID: Int64?
  /// When it was opened.
  public var createdAt: Date

  /// Creates a ticket.
  public init(
    id: String, customerID: String?, subject: String, status: Status, priority: Priority,
    team: String, conversationID: Int64?, createdAt: Date
  ) {
    self.id = id
    self.customerID = customerID
    self.subject = subject
    self.status = status
    self.priority = priority
    self.team = team
    self.conversationID = conversationID
    self.createdAt = createdAt
  }
}

/// A ticket about to be opened.
public struct NewTicket: Sendable, Equatable {
  /// `C-1001`, when it is about a customer (filled in for the customer role).
  public var customerID: String?
  /// One-line summary.
  public var subject: String
  /// Priority.
  public var priority: Ticket.Priority
  /// The team to handle it (`support`, `billing`, `it`, ...).
  public var team: String
  /// The conversation it comes from, if any.
  public var conversationID: Int64?

  /// Creates a new ticket.
  public init(
    customerID: String? = nil, subject: String, priority: Ticket.Priority = .normal,
    team: String = "support", conversationID: Int64? = nil
  ) {
    self.customerID = customerID
    self.subject = subject
    self.priority = priority
    self.team = team
    self.conversationID = conversationID
  }
}
