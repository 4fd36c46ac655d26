import ArgumentParser
import Foundation
import Office

/// `switchboard db ...`: looking after the database (seeding the demo company, row counts,
/// forgetting a customer, pruning old conversations).
struct DBCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "db",
    abstract: "Seed the demo company, show what the database holds, forget a customer, prune.",
    subcommands: [
      SeedDemo.self, Stats.self, Forget.self, Prune.self, Init.self, Copy.self, Grant.self,
      Revoke.self,
    ])

  /// `switchboard db seed-demo --scale N [--force]`.
  struct SeedDemo: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "seed-demo",
      abstract: "Fill the database with the demo company (scale 1000: 1,000,000 orders).")

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: "Multiplier: 1 is about 200 customers and 1,000 orders.")
    var scale = 1

    @Flag(help: "Replace every record of a database that already has data (admin).")
    var force = false

    func validate() throws {
      guard scale >= 1 else {
        throw ValidationError("--scale must be a positive number, not \(scale)")
      }
    }

    func run() throws {
      let path = global.databasePath
      let store: SQLiteStore
      let counts: DemoCounts
      let start = DispatchTime.now().uptimeNanoseconds
      do {
        store = try SQLiteStore(path: path, seedDemo: false)
        let empty = try store.isEmpty()
        guard force || empty else {
          throw StandardError.fail(
            "\(path) already has data; use --force to replace it, or another --db")
        }
        // Replacing every record is a change of every record: admin only.
        if !empty {
          try DBCommand.requireAdmin(
            try DBCommand.office(global, store: store), command: "db seed-demo --force")
        }
        counts = try store.seedDemo(scale: scale, replacing: force)
      } catch let error as StoreError {
        throw StandardError.fail(error.description)
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      for table in counts.tables {
        print(table.name.padding(toLength: 14, withPad: " ", startingAt: 0) + String(table.rows))
      }
      print("seeded \(counts.total) rows at scale \(scale) in \(String(format: "%.2f", seconds)) s")
    }
  }

  /// `switchboard db stats`: rows per table.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats", abstract: "Print the number of rows of every table.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
      do {
        let store = try SQLiteStore(path: global.databasePath)
        print("database      \(store.path)")
        for table in try store.tableCounts() {
          print(table.name.padding(toLength: 14, withPad: " ", startingAt: 0) + String(table.rows))
        }
      } catch {
        throw StandardError.fail(error.description)
      }
    }
  }
}
