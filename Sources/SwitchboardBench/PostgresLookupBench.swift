import Foundation
import Office
import OfficePostgres

/// The back office's lookups through the real PostgreSQL store (postgres-nio, prepared
/// statements, audit entries), on a database `Scripts/bench-postgres.sh` seeded with 1,000,000
/// orders: what an agent waits for, where the script's pgbench lines time the server alone.
///
/// Reads `$SWITCHBOARD_BENCH_POSTGRES` (the database's address) and the id ranges
/// `$SWITCHBOARD_BENCH_ORDERS` and `$SWITCHBOARD_BENCH_CUSTOMERS` (`FIRST-LAST`).
enum PostgresLookupBench {
  static func run() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let address = environment["SWITCHBOARD_BENCH_POSTGRES"],
      let orders = range(environment["SWITCHBOARD_BENCH_ORDERS"]),
      let customers = range(environment["SWITCHBOARD_BENCH_CUSTOMERS"])
    else {
      FileHandle.standardError.write(
        Data(
          ("switchboard-bench: postgres needs SWITCHBOARD_BENCH_POSTGRES, "
            + "SWITCHBOARD_BENCH_ORDERS and SWITCHBOARD_BENCH_CUSTOMERS (FIRST-LAST)\n").utf8))
      exit(2)
    }
    guard let url = try PostgresURL.parse(address) else {
      FileHandle.standardError.write(
        Data("switchboard-bench: SWITCHBOARD_BENCH_POSTGRES: not a postgres:// address\n".utf8))
      exit(2)
    }
    let store = try PostgresStore(url: url, seedDemo: false)
    defer { store.close() }
    var random = SplitMix64(seed: 42)
    let orderIDs = (0..<5_000).map { _ in Int64(random.int(orders)) }
    let customerIDs = (0..<5_000).map { _ in "C-\(random.int(customers))" }
    let office = BackOffice(
      store: store, principal: Principal(role: .agent, agent: "bench"), clock: { Date() })
    // The calling thread waits while postgres-nio's event loop works: wall-clock time only.
    let aim = "5,000 random ids at 1,000,000 orders; aim: under 2 ms"
    StoreBench.report(
      "order lookup with lines, shipment and audit entry (BackOffice.order, PostgresStore)",
      orderIDs, threadCPU: false, aim: aim
    ) { id in _ = try office.order(id: id) }
    StoreBench.report(
      "customer 360 with audit entry (BackOffice.customer360, PostgresStore)", customerIDs,
      threadCPU: false, aim: aim
    ) { id in _ = try office.customer360(customerID: id) }
  }

  /// `FIRST-LAST` as a closed range.
  private static func range(_ text: String?) -> ClosedRange<Int>? {
    guard let parts = text?.split(separator: "-"), parts.count == 2,
      let first = Int(parts[0]), let last = Int(parts[1]), first <= last
    else { return nil }
    return first...last
  }
}
