import ArgumentParser
import Foundation
import Office
import OfficePostgres

extension DBCommand {
  /// `switchboard db init [--empty]`: creates and migrates the database `--db` names.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Create and migrate a database (with --empty, without the demo company).",
      discussion: """
        Without --empty a new database gets the demo company, as on any first use. With \
        --empty it stays without records, and is never seeded later: for a company that \
        imports its own (switchboard import --all DIR). A SQLite path or a postgres:// address.
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Leave the database without the demo company.")
    var empty = false

    func run() throws {
      let path = global.databasePath
      do {
        if let url = try PostgresURL.parse(path) {
          let store =
            empty ? try PostgresStore.createEmpty(url: url) : try PostgresStore(url: url)
          store.close()
        } else {
          _ = empty ? try SQLiteStore.createEmpty(path: path) : try SQLiteStore(path: path)
        }
      } catch {
        throw StandardError.fail(error)
      }
      print(
        "initialised \(PostgresURL.redacted(path))"
          + (empty ? " (empty)" : " with the demo company"))
    }
  }
}
