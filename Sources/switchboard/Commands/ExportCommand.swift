import ArgumentParser
import Foundation
import Office

/// `switchboard export ENTITY [--format jsonl|csv]`: the records of one entity the session's
/// role may read, in id order (a customer's own only), audited with the row count;
/// `switchboard export --all DIR` writes one file per entity the role may read.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the records of an entity as JSON Lines or CSV, in id order.",
    discussion: "ENTITY is one of: "
      + ExportEntity.allCases.map(\.rawValue).joined(separator: ", ")
      + ". The export honours --as and --role like the console: a customer gets only their own"
      + " records, and a role that may not read an entity is refused (exit 2). With --all DIR,"
      + " one file per entity the role may read (ENTITY.jsonl or ENTITY.csv); the others are"
      + " named on stderr.")

  @OptionGroup var database: DatabaseOption
  @OptionGroup(visibility: .hidden) var catalog: CatalogOption
  @OptionGroup var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Argument(help: "The entity to export.")
  var entity: String?

  @Option(help: "Write every entity the role may read into this folder, one file each.")
  var all: String?

  @Option(help: "jsonl (one JSON object per line) or csv (header row, RFC 4180 quoting).")
  var format: ExportFormat = .jsonl

  func validate() throws {
    guard (entity == nil) != (all == nil) else {
      throw ValidationError("give either ENTITY or --all DIR")
    }
  }

  func run() throws {
    let role = global.effectiveRole
    if role == .customer, global.customer == nil {
      throw StandardError.fail("export: the customer role needs --as CUSTOMER_ID", code: 2)
    }
    // A database this process may not write is exported all the same (whoever can read the file
    // can read every record), without the audit entry it cannot hold; stderr says so.
    let path = global.databasePath
    let readOnly = StoreOpening.isReadOnly(path)
    var office: BackOffice
    let principal = Principal(role: role, customerID: global.customer, agent: global.agent)
    do {
      office = BackOffice(
        store: readOnly
          ? try SQLiteStore(readingOnly: path) : try LoginCap.openStore(path, for: principal),
        principal: principal, clock: { Date() })
    } catch let error as StoreError {
      throw StandardError.fail(error)
    }
    if readOnly {
      office.writesAudit = false
      StandardError.print(
        "switchboard: note: \(path) is read-only; this export is not in its audit log")
    }
    if let all { return try exportAll(office, into: all) }
    guard let name = entity, let entity = ExportEntity(rawValue: name) else {
      let valid = ExportEntity.allCases.map(\.rawValue).joined(separator: ", ")
      throw StandardError.fail(
        "unknown entity '\(self.entity ?? "")'; valid entities: \(valid)", code: 2)
    }
    let output = BufferedOutput(FileHandle.standardOutput)
    let result: OfficeResult<Int>
    do {
      result = try office.export(entity, format: format) { line in output.write(line) }
    } catch {
      output.flush()
      throw StandardError.fail(error.description)
    }
    output.flush()
    try check(result, entity, role: role)
  }

  /// Exits with status 2 unless `result` is an export.
  private func check(_ result: OfficeResult<Int>, _ entity: ExportEntity, role: Role) throws {
    switch result {
    case .found: return
    case .notFound:
      throw StandardError.fail("--as: no customer '\(global.customer ?? "-")'", code: 2)
    case .forbidden(let roles):
      throw StandardError.fail(Self.refusal(entity, role: role, roles: roles), code: 2)
    }
  }

  /// `export orders: the hr role may not read orders (roles that may: ...)`.
  static func refusal(_ entity: ExportEntity, role: Role, roles: [Role]) -> String {
    let names = roles.map(\.rawValue).joined(separator: ", ")
    return "export \(entity.rawValue): the \(role.rawValue) role may not read \(entity.rawValue)"
      + " (roles that may: \(names))"
  }

  /// One file per entity the role may read, each written beside its place and renamed there.
  private func exportAll(_ office: BackOffice, into folder: String) throws {
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw StandardError.fail("--all: cannot create the folder \(folder)", code: 2)
    }
    var skipped: [String] = []
    for entity in ExportEntity.allCases {
      let path = folder + "/" + entity.rawValue + "." + format.rawValue
      let partial = path + ".partial"
      guard FileManager.default.createFile(atPath: partial, contents: nil),
        let handle = FileHandle(forWritingAtPath: partial)
      else { throw StandardError.fail("--all: cannot write \(partial)", code: 2) }
      let output = BufferedOutput(handle)
      let result: OfficeResult<Int>
      do {
        result = try office.export(entity, format: format) { line in output.write(line) }
        output.flush()
        try handle.close()
      } catch {
        try? FileManager.default.removeItem(atPath: partial)
        throw StandardError.fail("\(error)")
      }
      guard case .found = result else {
        try? FileManager.default.removeItem(atPath: partial)
        if case .forbidden = result {
          skipped.append(entity.rawValue)
          continue
        }
        try check(result, entity, role: office.principal.role)
        continue
      }
      guard rename(partial, path) == 0 else {
        throw StandardError.fail("--all: cannot write \(path)", code: 2)
      }
    }
    if !skipped.isEmpty {
      StandardError.print(
        "export --all: the \(office.principal.role.rawValue) role may not read "
          + skipped.joined(separator: ", ") + "; not written")
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}

/// Output (standard output or a file) in 64 KiB chunks, so large exports do not make one system call per line.
private final class BufferedOutput {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  init(_ handle: FileHandle) {
    self.handle = handle
    buffer.reserveCapacity(1 << 16)
  }

  func write(_ line: String) {
    buffer.append(contentsOf: line.utf8)
    buffer.append(0x0A)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
