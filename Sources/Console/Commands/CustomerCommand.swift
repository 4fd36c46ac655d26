import Dialogue
import Foundation
import IntentMatching
import Office

extension BuiltinCommands {
  /// `/customer ID|NAME`: the customer 360° view — profile, open orders, unpaid invoices and total
  /// due, open tickets, contracts and the last five conversations, as aligned tables.
  ///
  /// It reads through ``BackOffice`` as the session's principal: a customer session sees only its
  /// own view, and any other customer reads exactly like one that does not exist.
  static var customer: SlashCommand {
    SlashCommand(
      name: "customer", usage: "[ID|NAME]",
      summary: "Everything about a customer: orders, invoices, tickets, contracts, conversations.",
      completion: .customers, run: customer360)
  }

  private static func customer360(_ controller: ConsoleController, _ arguments: String)
    -> CommandResult
  {
    let settings = controller.session.settings
    let office = controller.engine.office(for: settings)
    let query = arguments.trimmingCharacters(in: .whitespaces)
    do {
      let id: String
      switch try resolve(query, office: office, settings: settings) {
      case .none:
        return CommandResult("usage: /customer ID (for example /customer C-1001)", failed: true)
      case .several(let matches):
        let rows = matches.map { [$0.id, $0.name, $0.company] }
        return CommandResult(
          "Several customers match '\(query)'; type one id:\n"
            + TableRenderer.render(header: ["id", "name", "company"], rows: rows))
      case .one(let found):
        id = found
      }
      switch try office.customer360(customerID: id) {
      case .found(let view):
        return CommandResult(CustomerView.render(view, style: controller.style))
      case .notFound:
        return CommandResult("No customer \(query.isEmpty ? id : query).", failed: true)
      case .forbidden(let roles):
        let names = roles.filter { $0 != .admin }.map(\.rawValue).joined(separator: " or ")
        return CommandResult(
          "/customer needs the \(names) role; this session is \(settings.role.rawValue).",
          failed: true)
      }
    } catch {
      return CommandResult("error: \(error.message)", failed: true)
    }
  }

  /// What a `/customer` argument names.
  private enum Resolution {
    /// Nothing: no argument and no customer in the session.
    case none
    /// One customer id (which may still not exist or not be visible).
    case one(String)
    /// Several customers whose name starts so.
    case several([Customer])
  }

  /// The customer a query names: an id as typed, a unique name match, or the session's own.
  private static func resolve(_ query: String, office: BackOffice, settings: SessionSettings)
    throws(StoreError) -> Resolution
  {
    if query.isEmpty { return settings.customerID.map(Resolution.one) ?? .none }
    if RecordID.customer.parse(query) != nil, query.uppercased().hasPrefix("C") {
      return .one(query)
    }
    guard case .found(let matches) = try office.searchCustomers(prefix: query, limit: 10),
      !matches.isEmpty
    else { return .one(query) }
    return matches.count == 1 ? .one(matches[0].id) : .several(matches)
  }
}

/// Lays out a ``Customer360`` as headed, aligned tables.
enum CustomerView {
  /// The whole view as text (plain when `style` is off).
  static func render(_ view: Customer360, style: Style) -> String {
    let customer = view.customer
    var sections: [String] = []
    let company = customer.company.isEmpty ? "" : ", \(customer.company)"
    sections.append(
      style.bold("\(customer.id)  \(customer.name)\(company)") + "\n"
        + TableRenderer.render(
          header: ["tier", "email", "phone", "language"],
          rows: [[customer.tier.rawValue, customer.email, customer.phone, customer.language]]))
    sections.append(
      section(
        "Open orders (\(view.openOrders.count))", header: ["order", "placed", "status", "total"],
        rows: view.openOrders.map { order in
          [String(order.id), order.placedOn, order.status.rawValue, money(order.total)]
        }, style: style))
    sections.append(
      section(
        "Unpaid invoices (\(view.unpaidInvoices.count)), total due \(money(view.totalDue))",
        header: ["invoice", "order", "due", "status", "amount"],
        rows: view.unpaidInvoices.map { invoice in
          [
            invoice.id, invoice.orderID.map(String.init) ?? "-", invoice.dueOn,
            invoice.status.rawValue, money(invoice.amount),
          ]
        }, style: style))
    sections.append(
      section(
        "Open tickets (\(view.openTickets.count))",
        header: ["ticket", "status", "priority", "team", "subject"],
        rows: view.openTickets.map { ticket in
          [
            ticket.id, ticket.status.rawValue, ticket.priority.rawValue, ticket.team,
            ticket.subject,
          ]
        }, style: style))
    sections.append(
      section(
        "Contracts (\(view.contracts.count))", header: ["contract", "title", "ends", "renewal"],
        rows: view.contracts.map { contract in
          [
            contract.id, contract.title, contract.endOn,
            contract.autoRenew ? "automatic" : "manual",
          ]
        }, style: style))
    sections.append(
      section(
        "Last conversations (\(view.recentConversations.count))",
        header: ["id", "started", "channel", "outcome", "intents"],
        rows: view.recentConversations.map { conversation in
          [
            String(conversation.id), timestamp(conversation.startedAt),
            conversation.channel.rawValue, conversation.outcome.rawValue,
            conversation.intents.joined(separator: ", "),
          ]
        }, style: style))
    return sections.joined(separator: "\n\n")
  }

  private static func section(
    _ title: String, header: [String], rows: [[String]], style: Style
  ) -> String {
    let heading = style.bold(title)
    guard !rows.isEmpty else { return heading + "\n(none)" }
    return heading + "\n" + TableRenderer.render(header: header, rows: rows)
  }

  private static func money(_ amount: Money) -> String {
    Formatting.money(amount, .english)
  }

  /// `2026-11-29 10:00` in UTC.
  private static func timestamp(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let minutes = (seconds - days * 86_400) / 60
    let (year, month, day) = civil(fromDays: days)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day)) \(two(minutes / 60)):\(two(minutes % 60))"
  }

  /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian).
  private static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

extension ConsoleController {
  /// Customer ids and names starting with `prefix`, for Tab completion; a customer session finds
  /// only itself.
  public func customerCandidates(_ prefix: String) -> Completer.Pool {
    let office = engine.office(for: session.settings)
    let limit = 20
    guard let found = try? office.searchCustomers(prefix: prefix, limit: limit + 1).value else {
      return Completer.Pool([])
    }
    return Completer.Pool(
      found.prefix(limit).flatMap { [$0.id, $0.name] }, isPartial: found.count > limit)
  }
}
