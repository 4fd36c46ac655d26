import IntentMatching
import Office

/// A customer from the database as the simulator plays them: language and their own records.
struct SimulatedCustomer {
  var id: String
  var language: Language
  var orderIDs: [String]
  var invoiceIDs: [String]

  /// Every customer of `store` with their orders and invoices (at most `limit` customers).
  static func load(from store: any Store, limit: Int) throws(StoreError) -> [SimulatedCustomer] {
    var customers: [Customer] = []
    for digit in 1...9 where customers.count < limit {
      customers += try store.customers(matching: "C-\(digit)", limit: limit - customers.count)
    }
    var result: [SimulatedCustomer] = []
    for customer in customers {
      let orders = try store.orders(customerID: customer.id, openOnly: false, limit: 10)
      let invoices = try store.invoices(customerID: customer.id)
      result.append(
        SimulatedCustomer(
          id: customer.id, language: customer.language == "ja" ? .japanese : .english,
          orderIDs: orders.map { String($0.id) }, invoiceIDs: invoices.prefix(10).map(\.id)))
    }
    return result
  }
}
