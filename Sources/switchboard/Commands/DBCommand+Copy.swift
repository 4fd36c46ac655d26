import ArgumentParser
import Foundation
import Office
import OfficePostgres

extension DBCommand {
  /// `switchboard db copy --from SOURCE --to TARGET [--force]` (admin).
  struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "copy",
      abstract: "Copy every record and both logs from one database to another (admin).",
      discussion: """
        SOURCE and TARGET are SQLite paths or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE \
        addresses, in either direction. The target is written in one transaction; one that \
        already holds records is refused unless --force, which replaces them. A new target is \
        created without the demo company.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The database copied from.")
    var from: String

    @Option(help: "The database copied into.")
    var to: String

    @Flag(help: "Replace the records of a target that already holds some.")
    var force = false

    func run() throws {
      let principal = Principal(
        role: global.effectiveRole, customerID: global.customer, agent: global.agent)
      let source: any Store
      let target: any Store
      do {
        source = try Self.open(from, seeding: true, for: principal)
        target = try Self.open(to, seeding: false, for: principal)
      } catch let error as StoreError {
        throw StandardError.fail(error)
      }
      let office = BackOffice(store: target, principal: principal, clock: { Date() })
      let shownFrom = PostgresURL.redacted(from)
      let shownTo = PostgresURL.redacted(to)
      let result: OfficeResult<StoreCopy.Outcome>
      do {
        result = try office.copyRecords(from: source, named: shownFrom, force: force)
      } catch {
        throw StandardError.fail(error)
      }
      switch result {
      case .found(.copied(let tables)):
        for (table, rows) in tables {
          print(table.padding(toLength: 15, withPad: " ", startingAt: 0) + String(rows))
        }
        print(
          "copied \(tables.reduce(0) { $0 + $1.rows }) rows from \(shownFrom) to \(shownTo)")
      case .found(.targetNotEmpty(let table)):
        throw StandardError.fail(
          "db copy: \(shownTo) already holds records (\(table)); use --force to replace them",
          code: 2)
      case .notFound:
        throw StandardError.fail("db copy: nothing copied", code: 2)
      case .forbidden:
        throw StandardError.fail(
          "db copy: needs the admin role; this is \(global.effectiveRole.rawValue)", code: 2)
      }
    }

    /// The store `text` names; a new target is created without the demo company. On a server,
    /// only for a role its login may take (``LoginCap``).
    static func open(_ text: String, seeding: Bool, for principal: Principal) throws -> any Store {
      if let url = try PostgresURL.parse(text) {
        let server = seeding ? try PostgresStore(url: url) : try openTarget(url)
        try LoginCap.check(server, principal)
        return server
      }
      if seeding || FileManager.default.fileExists(atPath: text) {
        return try SQLiteStore(path: text)
      }
      return try SQLiteStore.createEmpty(path: text)
    }

    /// A PostgreSQL target: created empty when it has no schema yet, else as it is.
    private static func openTarget(_ url: PostgresURL) throws(StoreError) -> PostgresStore {
      do {
        return try PostgresStore.createEmpty(url: url)
      } catch {
        return try PostgresStore(url: url, seedDemo: false)
      }
    }
  }
}
