import Office

/// A handler that can tell rules the amount a request is about (a refund, a quote).
///
/// The amount is read through the session's ``BackOffice``, so a record the session may not see
/// gives no amount and no rule can reveal anything about it.
protocol RuleFactProviding {
  /// The amount of the request in currency units, or nil when unknown or not visible.
  func amount(for context: HandlerContext) throws -> Double?
}
