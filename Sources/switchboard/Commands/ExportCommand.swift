import ArgumentParser
import Foundation
import Office

/// `switchboard export ENTITY [--format jsonl|csv]`: every record of one entity, in id order.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write every record of an entity as JSON Lines or CSV, in id order.",
    discussion: "ENTITY is one of: "
      + ExportEntity.allCases.map(\.rawValue).joined(separator: ", ") + ".")

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
    let output = BufferedOutput()
    do {
      let store = try SQLiteStore(path: global.databasePath)
      try store.export(entity, format: format) { line in output.write(line) }
    } catch {
      output.flush()
      throw StandardError.fail(error.description)
    }
    output.flush()
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
