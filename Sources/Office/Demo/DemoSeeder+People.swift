import GRDB

extension DemoSeeder {
  /// Forty employees (E-1001 is Kenji Sato, 佐藤 健二) with their IT accounts.
  mutating func insertEmployees(_ db: Database) throws {
    let employee = try db.makeStatement(
      sql: """
        INSERT INTO employees (id, name_en, name_ja, department, email, leave_total, leave_used)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    let account = try db.makeStatement(
      sql:
        "INSERT INTO it_accounts (id, employee_id, username, system, locked) VALUES (?, ?, ?, ?, ?)"
    )
    var usernames = Set<String>()
    var accountID = 1_001
    for index in 0..<40 {
      let id = 1_001 + index
      let nameEN: String
      let nameJA: String
      var username: String
      if index % 2 == 0 {
        let family =
          index == 0
          ? DemoNames.japaneseFamily[0] : DemoNames.japaneseFamily[1 + random.int(0...18)]
        let given = index == 0 ? DemoNames.japaneseGiven[0] : random.pick(DemoNames.japaneseGiven)
        nameEN = given.1 + " " + family.1
        nameJA = family.0 + " " + given.0
        username = String(given.1.prefix(1)) + family.1
      } else {
        let given = random.pick(DemoNames.englishGiven)
        let family = random.pick(DemoNames.englishFamily)
        nameEN = given.0 + " " + family.0
        nameJA = given.1 + "・" + family.1
        username = String(given.0.prefix(1)) + family.0
      }
      username = username.lowercased()
      if usernames.contains(username) { username += String(index) }
      usernames.insert(username)
      let department = DemoNames.departments[index % DemoNames.departments.count]
      let total = random.int(10...20)
      try employee.execute(arguments: [
        id, nameEN, nameJA, department, username + "@switchboard.example", total,
        random.int(0...total),
      ])
      let systems = index % 3 == 0 ? ["email", "vpn"] : ["email"]
      for system in systems {
        try account.execute(arguments: [accountID, id, username, system, random.chance(10)])
        accountID += 1
      }
    }
    count("employees", 40)
    count("it_accounts", accountID - 1_001)
  }

  /// Contracts for about a third of the customers (C-1001 has one).
  mutating func insertContracts(_ db: Database) throws {
    let statement = try db.makeStatement(
      sql: """
        INSERT INTO contracts (id, customer_id, title, start_on, end_on, renewal_terms, auto_renew)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    var id = 1_001
    for index in 0..<japanese.count where index == 0 || random.chance(30) {
      let start = -random.int(30...700)
      let end = start + 365 * random.int(1...2)
      try statement.execute(arguments: [
        id, 1_001 + index, random.pick(DemoNames.contractTitles), DemoCalendar.day(start),
        DemoCalendar.day(end), random.pick(DemoNames.renewalTerms), random.chance(60),
      ])
      id += 1
    }
    count("contracts", id - 1_001)
  }

  /// A hundred support tickets per scale unit, over the last 90 days.
  mutating func insertTickets(_ db: Database) throws {
    let statement = try db.makeStatement(
      sql: """
        INSERT INTO tickets (id, customer_id, subject, status, priority, team, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    let total = 100 * scale
    for index in 0..<total {
      let status = ["open", "pending", "closed"][random.weighted([30, 20, 50])]
      let priority = ["low", "normal", "high", "urgent"][random.weighted([20, 50, 22, 8])]
      let seconds = -random.int(1...90) * 86_400 + random.int(0...86_399)
      try statement.execute(arguments: [
        1_001 + index, randomCustomer(), random.pick(DemoNames.ticketSubjects), status, priority,
        random.pick(DemoNames.ticketTeams), StoredTime.text(DemoCalendar.moment(seconds: seconds)),
      ])
    }
    count("tickets", total)
  }

  /// Twenty sales leads per scale unit.
  mutating func insertLeads(_ db: Database) throws {
    let statement = try db.makeStatement(
      sql: """
        INSERT INTO leads (id, customer_id, product_id, quantity, note, status, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    let total = 20 * scale
    for index in 0..<total {
      let product = random.int(0...(DemoNames.products.count - 1))
      let quantity = random.int(5...200)
      let customer: Int? = random.chance(70) ? randomCustomer() : nil
      let seconds = -random.int(1...60) * 86_400 + random.int(0...86_399)
      try statement.execute(arguments: [
        1_001 + index, customer, 1_001 + product, quantity,
        "Quote for \(quantity) x \(DemoNames.products[product].0)",
        ["new", "contacted", "won", "lost"][random.weighted([40, 30, 15, 15])],
        StoredTime.text(DemoCalendar.moment(seconds: seconds)),
      ])
    }
    count("leads", total)
  }
}
