import Foundation

/// The store's two record operations, answered by the queries of the files beside this one.
extension SQLiteStore {
  public func fetch(_ query: RecordQuery) throws(StoreError) -> Records {
    switch query {
    case .customer(let id): .customers(try customer(id: id).map { [$0] } ?? [])
    case .customers(let prefix, let limit):
      .customers(try customers(matching: prefix, limit: limit))
    case .order(let id): .orders(try order(id: id).map { [$0] } ?? [])
    case .orders(let customerID, let openOnly, let limit, let summaries):
      .orders(
        summaries
          ? try orderSummaries(customerID: customerID, openOnly: openOnly, limit: limit)
          : try orders(customerID: customerID, openOnly: openOnly, limit: limit))
    case .product(let id): .products(try product(id: id).map { [$0] } ?? [])
    case .products(let name, let limit): .products(try products(named: name, limit: limit))
    case .productCatalog:
      .products(
        try read { db in try db.rows("SELECT * FROM products ORDER BY id").map(Product.init(row:)) }
      )
    case .stock(let productID): .stock(try stock(productID: productID))
    case .invoice(let id): .invoices(try invoice(id: id).map { [$0] } ?? [])
    case .invoices(let customerID): .invoices(try invoices(customerID: customerID))
    case .payments(let invoiceID): .payments(try payments(invoiceID: invoiceID))
    case .orderRefunds(let orderID): .refunds(try refunds(orderID: orderID))
    case .customerRefunds(let customerID): .refunds(try refunds(customerID: customerID))
    case .employees(let name): .employees(try employees(named: name))
    case .itAccounts(let name): .itAccounts(try itAccounts(matching: name))
    case .contracts(let customerID): .contracts(try contracts(customerID: customerID))
    case .contract(let id): .contracts(try contract(id: id).map { [$0] } ?? [])
    case .tickets(let customerID, let openOnly):
      .tickets(try tickets(customerID: customerID, openOnly: openOnly))
    case .ticket(let id): .tickets(try ticket(id: id).map { [$0] } ?? [])
    case .recentConversations(let customerID, let limit):
      .conversations(try recentConversations(customerID: customerID, limit: limit))
    case .overview(let customerID, let conversations):
      .overview(try customerOverview(customerID: customerID, conversations: conversations))
    case .auditLog(let limit): .audit(try auditLog(limit: limit))
    }
  }

  public func change(_ change: RecordChange) throws(StoreError) -> Records {
    switch change {
    case .contact(let customerID, let email, let phone):
      .customers(
        try updateContact(customerID: customerID, email: email, phone: phone).map { [$0] } ?? [])
    case .orderStatus(let id, let status):
      .orders(try setOrderStatus(id: id, to: status).map { [$0] } ?? [])
    case .cancelOrder(let id, let day, let audit):
      .cancellation(try cancelOrder(id: id, on: day, audit: audit))
    case .openTicket(let ticket, let date): .tickets([try createTicket(ticket, at: date)])
    case .recordLead(let customerID, let productID, let quantity, let note, let date):
      .leads([
        try createLead(
          customerID: customerID, productID: productID, quantity: quantity, note: note, at: date)
      ])
    }
  }
}
