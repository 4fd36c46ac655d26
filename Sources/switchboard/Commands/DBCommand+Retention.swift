import ArgumentParser
import Foundation
import Office

extension DBCommand {
  /// The back office of the database in `global` (a SQLite file or a server address), or of
  /// `store`, as its role and agent.
  static func office(_ global: GlobalOptions, store: (any Store)? = nil) throws -> BackOffice {
    let principal = Principal(
      role: global.effectiveRole, customerID: global.customer, agent: global.agent)
    if let store { return BackOffice(store: store, principal: principal, clock: { Date() }) }
    // On a server, only for a role its login may take.
    return BackOffice(
      store: try LoginCap.openStore(global.databasePath, for: principal), principal: principal,
      clock: { Date() })
  }

  /// Exits with status 2 (after auditing the refusal) unless the role may erase and prune.
  static func requireAdmin(_ office: BackOffice, command: String) throws {
    do {
      guard try office.refusal(.write, .retention) == nil else {
        throw StandardError.fail(
          "\(command): needs the admin role; this is \(office.principal.role.rawValue)", code: 2)
      }
    } catch let error as StoreError {
      throw StandardError.fail(error)
    }
  }

  /// `switchboard db forget CUSTOMER_ID [--yes]` (admin).
  struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "forget",
      abstract: "Erase a customer's personal data and every word of their conversations (admin).",
      discussion: """
        The name, email, phone and company become a tombstone; the texts and slots of their \
        messages are emptied, ticket subjects and lead notes redacted. Ids, orders, invoices and \
        the report's counts stay. Free pages and the WAL are cleared, so no copy remains in the \
        database's files. On a terminal it asks for confirmation first.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The customer to forget, as C-1002.")
    var customer: String

    @Flag(help: "Do not ask for confirmation on a terminal.")
    var yes = false

    func run() throws {
      let office = try DBCommand.office(global)
      try DBCommand.requireAdmin(office, command: "db forget")
      do {
        guard case .found(let found) = try office.customer(id: customer) else {
          throw StandardError.fail("db forget: no customer '\(customer)'", code: 2)
        }
        if !yes, isatty(0) == 1 {
          let question =
            "Forget \(found.id) (\(found.name))? Their name, email, phone, company and every"
            + " word of their conversations are erased for good. Type yes to go on: "
          FileHandle.standardOutput.write(Data(question.utf8))
          guard readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "yes" else {
            print("Nothing was forgotten.")
            throw ExitCode(1)
          }
        }
        guard case .found(let report) = try office.forgetCustomer(id: found.id) else {
          throw StandardError.fail("db forget: no customer '\(customer)'", code: 2)
        }
        print(
          "Forgot \(report.customerID): name, email, phone and company replaced; "
            + "\(report.messages) messages erased; \(report.tickets) tickets, \(report.leads)"
            + " leads and \(report.auditEntries) audit entries redacted; free pages and the WAL"
            + " cleared.")
      } catch let error as StoreError {
        throw StandardError.fail(error)
      }
    }
  }

  /// `switchboard db prune --before YYYY-MM-DD` (admin).
  struct Prune: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "prune",
      abstract: "Delete conversations started before a day, with their messages (admin).",
      discussion: """
        The report's daily and hourly counts of turns stay; the conversations of those days \
        no longer count in the report's conversation figures.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The first day kept (YYYY-MM-DD, UTC).")
    var before: String

    func run() throws {
      guard DayText.isValid(before) else {
        throw StandardError.fail("--before: '\(before)' is not a date (YYYY-MM-DD)", code: 2)
      }
      let office = try DBCommand.office(global)
      try DBCommand.requireAdmin(office, command: "db prune")
      do {
        guard case .found(let report) = try office.prune(before: before) else { return }
        print(
          "Removed \(report.conversations) conversations and \(report.messages) messages"
            + " started before \(report.before); the report's daily counts of turns stay.")
      } catch {
        throw StandardError.fail(error)
      }
    }

  }
}
