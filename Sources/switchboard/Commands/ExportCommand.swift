import ArgumentParser
import Foundation
import Office

/// `switchboard export ENTITY [--format jsonl|csv]`: the records of one entity the session's
/// role may read, in id order (a customer's own only), audited with the row count.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the records of an entity as JSON Lines or CSV, in id order.",
    discussion: "ENTITY is one of: "
      + ExportEntity.allCases.map(\.rawValue).joined(separator: ", ")
      + ". The export honours --as and --role like the console: a customer gets only their own"
      + " records, and a role that may not read an entity is refused (exit 2).")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The entity to export.")
  var entity: String

  @Option(help: "jsonl (one JSON object per line) or csv (header row, RFC 4180 quoting).")
  var format: ExportFormat = .jsonl

  func run() throws {
    guard let entity = ExportEntity(rawValue: entity) else {
      let valid = ExportEntity.allCases.map(\.rawValue).joined(separator: ", ")
      throw StandardError.fail("unknown entity '\(self.entity)'; valid entities: \(valid)", code: 2)
    }
    let role = global.effectiveRole
    if role == .customer, global.customer == nil {
      throw StandardError.fail("export: the customer role needs --as CUSTOMER_ID", code: 2)
    }
    let output = BufferedOutput()
    let result: OfficeResult<Int>
    do {
      let store = try SQLiteStore(path: global.databasePath)
      let office = BackOffice(
        store: store,
        principal: Principal(role: role, customerID: global.customer, agent: global.agent),
        clock: { Date() })
      result = try office.export(entity, format: format) { line in output.write(line) }
    } catch {
      output.flush()
      throw StandardError.fail(error.description)
    }
    output.flush()
    switch result {
    case .found: return
    case .notFound:
      throw StandardError.fail("--as: no customer '\(global.customer ?? "-")'", code: 2)
    case .forbidden(let roles):
      let names = roles.map(\.rawValue).joined(separator: ", ")
      throw StandardError.fail(
        "export \(entity.rawValue): the \(role.rawValue) role may not read \(entity.rawValue)"
          + " (roles that may: \(names))", code: 2)
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}

/// Standard output in 64 KiB chunks, so large exports do not make one system call per line.
private final class BufferedOutput {
  private var buffer: [UInt8] = []

  init() { buffer.reserveCapacity(1 << 16) }

  func write(_ line: String) {
    buffer.append(contentsOf: line.utf8)
    buffer.append(0x0A)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
