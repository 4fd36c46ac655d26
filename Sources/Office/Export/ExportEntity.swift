/// The entities `switchboard export` writes and `switchboard import` reads: every record the
/// store holds, the conversation log and the audit log.
public enum ExportEntity: String, Sendable, CaseIterable {
  case customers, orders, invoices, products, tickets, conversations, messages, employees, contracts
  case orderLines = "order_lines"
  case shipments, stock, payments, refunds
  case itAccounts = "it_accounts"
  case leads
  /// Each employee's leave: a view of the employees' leave columns, imported as an update of
  /// employees that exist.
  case leave
  case audit

  /// Every entity, parents before the records that refer to them: the order `import --all`
  /// writes them in (and `--replace` empties them in the reverse order).
  public static let dependencyOrder: [ExportEntity] = [
    .customers, .products, .stock, .orders, .orderLines, .shipments, .invoices, .payments,
    .refunds, .employees, .leave, .itAccounts, .contracts, .tickets, .leads, .conversations,
    .messages,
    .audit,
  ]
}

/// Output formats of `switchboard export`.
public enum ExportFormat: String, Sendable, CaseIterable {
  case jsonl, csv
}
