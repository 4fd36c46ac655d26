import Office

/// A handler whose records some roles may never reach: the engine refuses such a role before
/// asking for the handler's missing slots (an agent asking about leave is told it needs HR, not
/// asked which employee first). The refusal is audited like any other.
protocol RecordAccessing {
  /// What the handler reads or changes, for ``AccessPolicy``.
  var access: (operation: AccessOperation, resource: AccessResource) { get }
}

extension OrderStatusHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.read, .orders) }
}

extension TrackShipmentHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.read, .orders) }
}

extension CancelOrderHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.write, .orders) }
}

extension InvoiceStatusHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.read, .invoices) }
}

extension AccountBalanceHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.read, .balances) }
}

extension RefundStatusHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.read, .refunds) }
}

extension UpdateContactHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.write, .customers) }
}

extension ContractRenewalHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.read, .contracts) }
}

extension SalesQuoteHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.write, .leads) }
}

extension LeaveBalanceHandler: RecordAccessing {
  var access: (operation: AccessOperation, resource: AccessResource) { (.read, .employees) }
}
