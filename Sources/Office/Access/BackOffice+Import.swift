extension BackOffice {
  /// Imports the records of `sources` (admin only): every record is checked first and all are
  /// written in one transaction, or none when any has a problem (see ``ImportReport``). With
  /// `replace`, each entity imported is emptied first. A refusal is audited before any file is
  /// read; each entity written is one audit entry (`import.write orders 1000 rows`), and a
  /// rejected import one entry with its count of problems.
  public func importRecords(
    _ sources: [ImportSource], replace: Bool = false,
    progress: ((ImportProgress) -> Void)? = nil
  ) throws(StoreError) -> OfficeResult<ImportReport> {
    let names = sources.map(\.entity.rawValue).joined(separator: ",")
    if let roles = try refusal(.write, .imports, action: "import.write", target: names) {
      return .forbidden(required: roles)
    }
    let importer = RecordImporter(sources: sources, replace: replace, progress: progress)
    let report = try importer.run(store)
    if report.written {
      for (entity, count) in report.rows {
        try audit("import.write", entity.rawValue, allowed: true, "\(count) rows")
      }
    } else {
      try audit(
        "import.write", names, allowed: true, "rejected: \(report.problemCount) problems")
    }
    return .found(report)
  }
}

extension BackOffice {
  /// Copies every record of `source` into this back office's store (admin only; see
  /// ``StoreCopy``), refusing a target that holds records unless `force`. One audit entry in
  /// the target (`db.copy`, naming `sourceName`) after the copy.
  package func copyRecords(from source: any Store, named sourceName: String, force: Bool)
    throws(StoreError) -> OfficeResult<StoreCopy.Outcome>
  {
    if let roles = try refusal(.write, .imports, action: "db.copy", target: sourceName) {
      return .forbidden(required: roles)
    }
    let outcome = try StoreCopy.copy(from: source, to: store, force: force)
    if case .copied(let tables) = outcome {
      try audit(
        "db.copy", sourceName, allowed: true, "\(tables.reduce(0) { $0 + $1.rows }) rows")
    }
    return .found(outcome)
  }
}
