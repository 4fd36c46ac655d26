extension BackOffice {
  /// Writes the records of `entity` the principal may read to `sink`, one line at a time, in id
  /// order, and returns how many: a customer gets only their own records (and the product
  /// catalog), a role that may not read the entity is refused before anything is written.
  /// Each export is one audit entry with its row count.
  public func export(
    _ entity: ExportEntity, format: ExportFormat, to sink: (String) -> Void
  ) throws(StoreError) -> OfficeResult<Int> {
    let action = "export.\(entity.rawValue)"
    let own = AccessPolicy.ownRecordsOnly(principal.role)
    let target = own && entity.belongsToCustomers ? principal.customerID ?? "-" : entity.rawValue
    if let roles = try refusal(.read, entity.resource, action: action, target: target) {
      return .forbidden(required: roles)
    }
    var scope: String?
    if own {
      guard let id = principal.customerID, try store.customer(id: id) != nil else {
        try audit(action, target, allowed: true, "not found")
        return .notFound
      }
      scope = entity.belongsToCustomers ? id : nil
    }
    let rows = try store.export(entity, format: format, customerID: scope, to: sink)
    try audit(action, target, allowed: true, "\(rows) rows")
    return .found(rows)
  }
}
