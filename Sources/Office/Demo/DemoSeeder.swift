import GRDB

/// Fills an empty database with the demo company, deterministically: the same scale always gives
/// the same rows (seeded ``SplitMix64``, dates from ``DemoCalendar``).
///
/// Scale 1 is about 200 customers, 50 products, 1,000 orders and 40 employees; scale N multiplies
/// customers, orders, invoices, tickets and contracts by N (products and employees stay fixed).
struct DemoSeeder {
  /// Multiplier of the transactional records.
  let scale: Int
  /// The generator; its seed is fixed so every build is identical.
  var random = SplitMix64(seed: 0x5357_4954_4348_4244)
  /// Whether each customer (index from 0 = C-1001) speaks Japanese.
  var japanese: [Bool] = []
  /// What has been written.
  var counts = DemoCounts()

  /// Creates a seeder for `scale` (at least 1).
  init(scale: Int) { self.scale = max(1, scale) }

  /// Writes the whole demo company inside the caller's transaction.
  mutating func insert(into db: Database) throws -> DemoCounts {
    try insertCustomers(db)
    try insertProducts(db)
    try insertOrders(db)
    try insertEmployees(db)
    try insertContracts(db)
    try insertTickets(db)
    try insertLeads(db)
    return counts
  }

  /// Counts rows written to `table`.
  mutating func count(_ table: String, _ rows: Int) { counts.tables.append((table, rows)) }

  private mutating func insertCustomers(_ db: Database) throws {
    let statement = try db.makeStatement(
      sql: """
        INSERT INTO customers (id, name, email, phone, company, tier, language)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    let total = 200 * scale
    japanese.reserveCapacity(total)
    for index in 0..<total {
      let id = 1_001 + index
      var isJapanese = random.chance(40)
      if index < 2 { isJapanese = index == 1 }
      let name: String
      var email: String
      if isJapanese {
        let family = random.pick(DemoNames.japaneseFamily)
        let given = random.pick(DemoNames.japaneseGiven)
        name = index == 1 ? "山田 太郎" : family.0 + " " + given.0
        email = (index == 1 ? "taro.yamada" : "\(given.1).\(family.1)\(id % 1_000)") + "@example.jp"
      } else {
        let given = random.pick(DemoNames.englishGiven).0
        let family = random.pick(DemoNames.englishFamily).0
        name = index == 0 ? "Emily Carter" : given + " " + family
        email = (index == 0 ? "emily.carter" : "\(given).\(family)\(id % 1_000)") + "@example.com"
      }
      email = email.lowercased()
      let phone =
        isJapanese
        ? "+81-90-\(random.int(1_000...9_999))-\(random.int(1_000...9_999))"
        : "+1-555-\(random.int(100...999))-\(random.int(1_000...9_999))"
      let companies = isJapanese ? DemoNames.japaneseCompanies : DemoNames.englishCompanies
      let company = random.chance(50) || index == 0 ? random.pick(companies) : ""
      let tier = index == 0 ? "gold" : ["bronze", "silver", "gold"][random.weighted([60, 30, 10])]
      japanese.append(isJapanese)
      try statement.execute(arguments: [
        id, name, email, phone, index == 0 ? "Northwind Traders" : company, tier,
        isJapanese ? "ja" : "en",
      ])
    }
    count("customers", total)
  }

  private mutating func insertProducts(_ db: Database) throws {
    let product = try db.makeStatement(
      sql:
        "INSERT INTO products (id, name_en, name_ja, price_cents, currency) VALUES (?, ?, ?, ?, 'USD')"
    )
    let stock = try db.makeStatement(
      sql: "INSERT INTO stock (product_id, warehouse, quantity) VALUES (?, ?, ?)")
    for (index, item) in DemoNames.products.enumerated() {
      let id = 1_001 + index
      try product.execute(arguments: [id, item.0, item.1, item.2])
      for warehouse in DemoNames.warehouses {
        let quantity = random.chance(15) ? 0 : random.int(1...250)
        try stock.execute(arguments: [id, warehouse, quantity])
      }
    }
    count("products", DemoNames.products.count)
    count("stock", DemoNames.products.count * DemoNames.warehouses.count)
  }

  /// A random customer number.
  mutating func randomCustomer() -> Int { 1_001 + random.int(0...(japanese.count - 1)) }
}
