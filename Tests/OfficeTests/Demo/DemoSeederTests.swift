import Foundation
import Testing

@testable import Office

@Suite struct DemoSeederTests {
  @Test func twoBuildsAreIdentical() throws {
    let one = try SQLiteStore(inMemorySeeded: true)
    let two = try SQLiteStore(inMemorySeeded: true)
    for entity in ExportEntity.allCases {
      #expect(try Fixtures.lines(one, entity) == Fixtures.lines(two, entity), "\(entity)")
    }
  }

  @Test func fixedRecordsExamplesRelyOn() throws {
    let store = try Fixtures.seededStore()
    #expect(try store.customer(id: "C-1001")?.name == "Emily Carter")
    #expect(try store.customer(id: "C-1001")?.language == "en")
    #expect(try store.customer(id: "C-1002")?.language == "ja")
    let order = try #require(try store.order(id: 1_002))
    #expect(order.status == .shipped)
    #expect(order.customerID == "C-1001")
    #expect(order.shipment?.deliveredOn == nil)
    #expect(order.shipment?.trackingNumber.count == 12)
    #expect(!order.lines.isEmpty)
    let sato = try store.employees(named: "佐藤")
    #expect(sato.map(\.nameEN) == ["Kenji Sato"])
    #expect(try store.contracts(customerID: "C-1001").count >= 1)
  }

  @Test func everyStateIsPresent() throws {
    let store = try Fixtures.seededStore()
    let orders = try Fixtures.lines(store, .orders, .csv).dropFirst().map {
      $0.split(separator: ",")[2]
    }
    #expect(Set(orders) == Set(Order.Status.allCases.map { Substring($0.rawValue) }))
    let invoices = try Fixtures.lines(store, .invoices, .csv).dropFirst().map {
      $0.split(separator: ",")[2]
    }
    #expect(Set(invoices) == ["paid", "unpaid", "overdue"])
    let customers = try Fixtures.lines(store, .customers, .csv).dropFirst()
    #expect(customers.contains { $0.hasSuffix(",ja") || $0.contains(",ja,") })
  }

  @Test func shippedAndDeliveredOrdersHaveShipments() throws {
    let store = try Fixtures.seededStore()
    for id in Int64(1_001)...1_100 {
      let order = try #require(try store.order(id: id))
      let shipped = [.shipped, .delivered, .returned].contains(order.status)
      #expect((order.shipment != nil) == shipped, "order \(id)")
      #expect(
        order.total.cents == order.lines.reduce(0) { $0 + $1.unitPrice.cents * Int64($1.quantity) })
    }
  }

  @Test func scaleMultipliesTheTransactionalRecords() throws {
    let store = try SQLiteStore(inMemorySeeded: false)
    let counts = try store.seedDemo(scale: 3)
    #expect(counts.rows("customers") == 600)
    #expect(counts.rows("orders") == 3_000)
    #expect(counts.rows("products") == 50)
    #expect(counts.rows("employees") == 40)
  }
}
