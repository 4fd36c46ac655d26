import Foundation

/// Reads import files, checks every record, and writes them all in one transaction of the
/// store, or nothing when any record has a problem.
///
/// Files are read in dependency order (customers before their orders, orders before their
/// lines), one record at a time; a record's references are checked against the ids in the
/// database and those imported before it. Once a problem is found nothing more is written,
/// the rest is still checked (the report keeps the first ``problemLimit``), and the transaction
/// is undone.
package struct RecordImporter {
  /// How many problems a report keeps (the count goes on).
  package static let problemLimit = 20
  /// How many records are read between two progress reports.
  static let progressEvery = 8_192

  /// The files, in dependency order.
  let sources: [ImportSource]
  /// Whether each entity imported is emptied first.
  let replace: Bool
  /// Told how far the import is, now and then.
  let progress: ((ImportProgress) -> Void)?

  package init(
    sources: [ImportSource], replace: Bool, progress: ((ImportProgress) -> Void)? = nil
  ) {
    self.sources = sources.sorted {
      ExportEntity.dependencyOrder.firstIndex(of: $0.entity)!
        < ExportEntity.dependencyOrder.firstIndex(of: $1.entity)!
    }
    self.replace = replace
    self.progress = progress
  }

  /// Imports into `store`.
  package func run(_ store: any Store) throws(StoreError) -> ImportReport {
    var report = ImportReport()
    _ = try store.bulkWrite { writer throws(StoreError) in
      var run = Run(writer: writer)
      if replace {
        // An entity emptied while records of one not imported refer to it would leave them
        // pointing at nothing: refused, located at the file, before anything is emptied.
        let imported = Set(sources.map(\.entity))
        for source in sources where !source.entity.updatesOnly {
          for dependent in source.entity.referencedBy
          where !imported.contains(dependent) && !dependent.updatesOnly {
            guard !(try writer.integers(dependent.key[0], in: dependent.table).isEmpty) else {
              continue
            }
            run.report(
              source, line: 1,
              FieldProblem(
                column: 1,
                message:
                  "--replace would empty \(source.entity.rawValue) while the \(dependent.rawValue)"
                  + " in the database refer to them; import \(dependent.rawValue) too"
                  + " (import --all) or leave out --replace"))
          }
        }
        if run.problemCount > 0 {
          report.problems = run.problems
          report.problemCount = run.problemCount
          return false
        }
        for source in sources.reversed() where !source.entity.updatesOnly {
          try writer.empty(source.entity.table)
        }
      }
      for source in sources {
        let rows = try run.importFile(source, progress: progress)
        report.rows.append((source.entity, rows))
      }
      report.problems = run.problems
      report.problemCount = run.problemCount
      return run.problemCount == 0
    }
    return report
  }

  /// The state of one import: the ids known per entity and the problems found.
  private struct Run {
    let writer: any TableWriter
    var keys: [ExportEntity: Set<Int64>] = [:]
    var problems: [ImportProblem] = []
    var problemCount = 0

    init(writer: any TableWriter) {
      self.writer = writer
    }

    /// Entities other entities refer to.
    static let referenced: Set<ExportEntity> = Set(
      ExportEntity.allCases.flatMap { entity in
        entity.importFields.compactMap { field -> ExportEntity? in
          if case .reference(let target) = field.rule { return target }
          return nil
        }
      })

    mutating func report(_ source: ImportSource, line: Int, _ problem: FieldProblem) {
      problemCount += 1
      guard problems.count < RecordImporter.problemLimit else { return }
      problems.append(
        ImportProblem(
          file: source.path, line: line, column: problem.column, message: problem.message))
    }

    /// The ids of `entity` known now (read from the database once).
    mutating func ids(_ entity: ExportEntity) throws(StoreError) -> Set<Int64> {
      if let known = keys[entity] { return known }
      let found = try writer.integers(entity.key[0], in: entity.table)
      keys[entity] = found
      return found
    }

    /// Reads, checks and (while no problem is found) writes one file; returns its record count.
    mutating func importFile(
      _ source: ImportSource, progress: ((ImportProgress) -> Void)?
    ) throws(StoreError) -> Int {
      let entity = source.entity
      var decoder = RecordDecoder(entity)
      let csv = source.format == .csv
      var reader: any RecordReader
      do {
        if csv {
          let csvReader = try CSVRecordReader(path: source.path)
          let header = decoder.headerProblems(csvReader.header)
          for problem in header { report(source, line: 1, problem) }
          if !header.isEmpty { return 0 }
          reader = csvReader
        } else {
          reader = try JSONLinesReader(path: source.path)
        }
      } catch {
        report(source, line: 1, FieldProblem(column: 1, message: "cannot read the file"))
        return 0
      }
      let total =
        ((try? FileManager.default.attributesOfItem(atPath: source.path))?[.size] as? Int) ?? 0
      let columns = decoder.fields.map(\.column.expression)
      let references = decoder.fields.enumerated().compactMap {
        index, field -> (index: Int, name: String, target: ExportEntity)? in
        if case .reference(let target) = field.rule { return (index, field.column.name, target) }
        return nil
      }
      var targets: [Set<Int64>] = []
      for reference in references { targets.append(try ids(reference.target)) }
      // The report's counts follow the messages written into a log that held none.
      var counts: ImportedMessageCounts?
      if entity == .messages, try writer.integers("id", in: entity.table).isEmpty {
        counts = ImportedMessageCounts()
      }
      let keyIndex = Self.referenced.contains(entity) ? 0 : nil
      var own = keyIndex != nil ? try ids(entity) : []
      var count = 0
      while true {
        let record: SourceRecord
        do {
          guard let next = try reader.next() else { break }
          record = next
        } catch {
          report(source, line: reader.line, error)
          continue
        }
        count += 1
        if count % RecordImporter.progressEvery == 0 {
          progress?(
            ImportProgress(
              path: source.path, bytesRead: reader.bytesRead, totalBytes: total, records: count))
        }
        switch decoder.decode(record, csv: csv) {
        case .failure(let found):
          for problem in found { report(source, line: record.line, problem) }
        case .success(let values):
          var valid = true
          for (position, reference) in references.enumerated() {
            guard case .integer(let id) = values[reference.index] else { continue }
            let known = reference.target == entity ? own : targets[position]
            if !known.contains(id) {
              valid = false
              let column = decoder.position(of: reference.name).map { $0 + 1 } ?? 1
              let shown = reference.target.columns[0].display(id)
              report(
                source, line: record.line,
                FieldProblem(
                  column: column,
                  message: "no \(reference.target.singular) \(shown) (\(reference.name))"))
            }
          }
          if keyIndex != nil, case .integer(let id) = values[0] { own.insert(id) }
          if valid, problemCount == 0 {
            if entity.updatesOnly {
              try writer.update(values, in: entity.table, columns: columns, key: entity.key)
            } else {
              try writer.upsert(values, into: entity.table, columns: columns, key: entity.key)
            }
            counts?.add(values)
          }
        }
      }
      if keyIndex != nil { keys[entity] = own }
      if problemCount == 0 { try counts?.write(writer) }
      progress?(
        ImportProgress(path: source.path, bytesRead: total, totalBytes: total, records: count))
      return count
    }
  }
}

extension ExportEntity {
  /// The entities whose records refer to this one's (orders to customers, lines to orders).
  var referencedBy: [ExportEntity] {
    ExportEntity.allCases.filter { other in
      other != self
        && other.importFields.contains { field in
          if case .reference(let target) = field.rule { return target == self }
          return false
        }
    }
  }
}

extension ExportColumn {
  /// An id as this column exports it (`C-1001`, `1001`).
  func display(_ number: Int64) -> String {
    if case .id(let prefix?) = kind { return prefix.format(number) }
    return String(number)
  }
}

extension ExportEntity {
  /// One record's name in a message (`customer`, `order`).
  var singular: String {
    switch self {
    case .customers: return "customer"
    case .orders: return "order"
    case .products: return "product"
    case .invoices: return "invoice"
    case .employees: return "employee"
    case .conversations: return "conversation"
    default: return rawValue
    }
  }
}
