extension BackOffice {
  /// Erases a customer's personal data and the words they typed (admin only; see
  /// ``ForgetReport``), audited.
  public func forgetCustomer(id: String) throws(StoreError) -> OfficeResult<ForgetReport> {
    let action = "customer.forget"
    let target = RecordID.customer.parse(id).map(RecordID.customer.format) ?? id
    if let roles = try refusal(.write, .retention, action: action, target: target) {
      return .forbidden(required: roles)
    }
    guard let report = try store.forgetCustomer(id: target) else {
      try audit(action, target, allowed: true, "not found")
      return .notFound
    }
    try audit(
      action, target, allowed: true,
      "\(report.messages) messages, \(report.tickets) tickets, \(report.leads) leads, "
        + "\(report.auditEntries) audit entries redacted")
    return .found(report)
  }

  /// Deletes the conversations started before `day` (`yyyy-MM-dd`) with their messages (admin
  /// only), audited; the report's counts of turns stay.
  public func prune(before day: String) throws(StoreError) -> OfficeResult<PruneReport> {
    let action = "log.prune"
    if let roles = try refusal(.write, .retention, action: action, target: day) {
      return .forbidden(required: roles)
    }
    let report = try store.prune(before: day)
    try audit(
      action, day, allowed: true,
      "\(report.conversations) conversations, \(report.messages) messages deleted")
    return .found(report)
  }
}
