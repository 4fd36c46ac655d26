/// A read of back-office records (``Store/fetch(_:)``); ids are display ids (`C-1001`,
/// `INV-1001`), orders are numbers. The answer is the ``Records`` case named in each comment.
public enum RecordQuery: Sendable, Hashable {
  /// The customer with that id (`customers`).
  case customer(id: String)
  /// Customers whose id or name starts with `prefix` (case-insensitive), by id (`customers`).
  case customers(prefix: String, limit: Int)
  /// The order with its lines and shipment (`orders`).
  case order(id: Int64)
  /// A customer's orders, newest first; `openOnly` keeps pending, processing and shipped;
  /// `summaries` reads ids, states, dates and totals only (no lines, no shipment) (`orders`).
  case orders(customerID: String, openOnly: Bool, limit: Int, summaries: Bool)
  /// The product with that id (`products`).
  case product(id: String)
  /// Products whose English or Japanese name matches `name`: exact matches first, then partial
  /// ones, case-insensitive (`products`).
  case products(named: String, limit: Int)
  /// Every product, by id (`products`): the names a line may mention.
  case productCatalog
  /// The stock of a product in every warehouse, by warehouse name (`stock`).
  case stock(productID: String)
  /// The invoice with that id (`invoices`).
  case invoice(id: String)
  /// A customer's invoices, newest first (`invoices`).
  case invoices(customerID: String)
  /// Payments received for an invoice (`payments`).
  case payments(invoiceID: String)
  /// Refunds of an order (`refunds`).
  case orderRefunds(orderID: Int64)
  /// Refunds of a customer, newest first (`refunds`).
  case customerRefunds(customerID: String)
  /// Employees whose English or Japanese name contains `name` (case-insensitive), by id
  /// (`employees`).
  case employees(named: String)
  /// IT accounts whose username is `name`, or whose owner's name contains it (`itAccounts`).
  case itAccounts(matching: String)
  /// A customer's contracts, by end date (`contracts`).
  case contracts(customerID: String)
  /// The contract with that id, `K-1001` (`contracts`, one or none).
  case contract(id: String)
  /// A customer's tickets, newest first; `openOnly` drops closed ones (`tickets`).
  case tickets(customerID: String, openOnly: Bool)
  /// The ticket with that id (`tickets`).
  case ticket(id: String)
  /// The last `limit` conversations with a customer, newest first (`conversations`).
  case recentConversations(customerID: String, limit: Int)
  /// Everything about one customer, read at once (`overview`).
  case overview(customerID: String, conversations: Int)
  /// The last `limit` audit entries, oldest first (`audit`).
  case auditLog(limit: Int)
}
