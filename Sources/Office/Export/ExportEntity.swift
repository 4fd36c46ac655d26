/// The entities `switchboard export` writes.
public enum ExportEntity: String, Sendable, CaseIterable {
  case customers, orders, invoices, products, tickets, conversations, messages, employees, contracts
}

/// Output formats of `switchboard export`.
public enum ExportFormat: String, Sendable, CaseIterable {
  case jsonl, csv
}
