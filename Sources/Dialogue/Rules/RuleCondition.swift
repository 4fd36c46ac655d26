import IntentMatching
import Office

/// What a rule looks at; every condition given must hold (a list means any of its values).
public struct RuleCondition: Sendable, Equatable {
  /// The request's intent.
  public var intents: Set<String>?
  /// Slots: a value, or `nil` for "present with any value".
  public var slots: [String: String?] = [:]
  /// The tier of the session's customer.
  public var tiers: Set<Customer.Tier>?
  /// The session's role.
  public var roles: Set<Role>?
  /// The language of the line.
  public var languages: Set<Language>?
  /// Where the conversation happens.
  public var channels: Set<Channel>?
  /// The amount the request is about (a refund, a quote, an `amount` slot).
  public var amount: AmountRange?
  /// The time of day the line arrives.
  public var time: TimeWindow?

  /// A condition that always holds.
  public init() {}

  /// Whether every condition holds for `facts`.
  public func holds(for facts: RuleFacts) -> Bool {
    if let intents, !intents.contains(facts.intent) { return false }
    for (name, wanted) in slots {
      guard let value = facts.slots[name] else { return false }
      if let wanted, wanted.lowercased() != value.lowercased() { return false }
    }
    if let tiers, !(facts.tier.map(tiers.contains) ?? false) { return false }
    if let roles, !roles.contains(facts.role) { return false }
    if let languages, !languages.contains(facts.language) { return false }
    if let channels, !channels.contains(facts.channel) { return false }
    if let amount, !(facts.amount.map(amount.contains) ?? false) { return false }
    if let time, !time.contains(facts.minuteOfDay) { return false }
    return true
  }
}

/// Amounts strictly above `above` and at most `atMost` (either may be absent).
public struct AmountRange: Sendable, Equatable {
  /// Exclusive lower bound.
  public var above: Double?
  /// Inclusive upper bound.
  public var atMost: Double?

  /// Creates a range.
  public init(above: Double? = nil, atMost: Double? = nil) {
    self.above = above
    self.atMost = atMost
  }

  /// Whether `value` is in the range.
  public func contains(_ value: Double) -> Bool {
    if let above, value <= above { return false }
    if let atMost, value > atMost { return false }
    return true
  }
}

/// Minutes of the day from `start` (inclusive) to `end` (exclusive); wraps past midnight when
/// `end` is not after `start` (`18:00`–`09:00`).
public struct TimeWindow: Sendable, Equatable {
  /// First minute (0..<1440).
  public var start: Int
  /// Minute after the last (0..<1440).
  public var end: Int

  /// Creates a window.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  /// Whether `minute` falls in the window.
  public func contains(_ minute: Int) -> Bool {
    start < end ? (start..<end).contains(minute) : (minute >= start || minute < end)
  }
}

/// What rules are matched against: one request, its session and its moment.
public struct RuleFacts: Sendable, Equatable {
  /// The request's intent.
  public var intent: String
  /// Its slots.
  public var slots: [String: String]
  /// The tier of the session's customer, if any.
  public var tier: Customer.Tier?
  /// The session's role.
  public var role: Role
  /// The line's language.
  public var language: Language
  /// The session's channel.
  public var channel: Channel
  /// The amount the request is about, in currency units, if known.
  public var amount: Double?
  /// Minute of the day in the rules' time zone.
  public var minuteOfDay: Int

  /// Creates facts.
  public init(
    intent: String, slots: [String: String] = [:], tier: Customer.Tier? = nil,
    role: Role = .agent, language: Language = .english, channel: Channel = .console,
    amount: Double? = nil, minuteOfDay: Int = 600
  ) {
    self.intent = intent
    self.slots = slots
    self.tier = tier
    self.role = role
    self.language = language
    self.channel = channel
    self.amount = amount
    self.minuteOfDay = minuteOfDay
  }
}
