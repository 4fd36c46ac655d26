import Foundation
import Office

/// Store benchmarks (owned by Office): seeding at scale 1000, hot back-office lookups and the
/// conversation log's write rate.
///
/// Uses `$SWITCHBOARD_BENCH_DB` when that file exists (else builds it there, or in a temporary
/// file when the variable is unset).
enum StoreBench {
  static func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let keep = environment["SWITCHBOARD_BENCH_DB"].flatMap { $0.isEmpty ? nil : $0 }
    let path =
      keep
      ?? FileManager.default.temporaryDirectory
      .appendingPathComponent("switchboard-bench-\(getpid()).sqlite").path
    defer {
      if keep == nil {
        for suffix in ["", "-wal", "-shm"] {
          try? FileManager.default.removeItem(atPath: path + suffix)
        }
      }
    }
    let store = try SQLiteStore(path: path, seedDemo: false)
    if try store.isEmpty() {
      let start = now()
      let counts = try store.seedDemo(scale: 1_000)
      let seconds = Double(now() - start) / 1e9
      print(
        "store: seed scale 1000 (\(counts.rows("orders")) orders, \(counts.total) rows): \(format(seconds)) s"
      )
    } else {
      print("store: reusing \(path)")
    }
    let counts = try store.tableCounts()
    let orders = counts.first { $0.name == "orders" }?.rows ?? 1_000
    let customers = counts.first { $0.name == "customers" }?.rows ?? 200
    var random = SplitMix64(seed: 42)
    let orderIDs = (0..<5_000).map { _ in Int64(1_001 + random.int(0...(orders - 1))) }
    let customerIDs = (0..<5_000).map { _ in "C-\(1_001 + random.int(0...(customers - 1)))" }

    report("store.order(id:)", orderIDs) { id in _ = try store.order(id: id) }
    report("store.orders(open, customer)", customerIDs) { id in
      _ = try store.orders(customerID: id, openOnly: true, limit: 20)
    }
    let office = BackOffice(
      store: store, principal: Principal(role: .agent, agent: "bench"), clock: { Date() })
    report("backOffice.order(id:) + audit", orderIDs) { id in _ = try office.order(id: id) }
    report("backOffice.openOrders + audit", customerIDs) { id in
      _ = try office.openOrders(customerID: id)
    }
    report("backOffice.customer360 + audit", customerIDs) { id in
      _ = try office.customer360(customerID: id)
    }
    try turnsPerSecond(store)
  }

  private static func turnsPerSecond(_ store: SQLiteStore) throws {
    let conversation = try store.startConversation(
      NewConversation(
        customerID: "C-1001", channel: .simulated, agent: "bench", role: .agent,
        startedAt: Date()))
    let count = 20_000
    let start = now()
    let startCPU = cpuNanoseconds()
    for index in 0..<count {
      try store.recordTurn(
        TurnRecord(
          conversationID: conversation, speaker: "customer", text: "where is my order \(index)?",
          reply: "Order \(index) was shipped.", intent: "order_status", confidence: 0.91,
          slots: ["order_id": String(index)], language: "en", agent: "bench", role: .agent,
          channel: .simulated, at: Date()))
    }
    let seconds = Double(now() - start) / 1e9
    let cpuSeconds = Double(cpuNanoseconds() - startCPU) / 1e9
    try store.endConversation(id: conversation, outcome: .resolved, at: Date())
    print(
      "store.recordTurn: \(Int(Double(count) / seconds)) turns/s (wall clock; \(count) turns, one transaction each)"
    )
    print(
      "store.recordTurn: \(Int(Double(count) / cpuSeconds)) turns/s of process CPU time (\(format(cpuSeconds)) s CPU)"
    )
  }

  /// Times `body` over `inputs` after a warm-up, and prints the median and p99 of wall-clock
  /// time (followed by `aim` when given) and, with `threadCPU`, of the calling thread's CPU time.
  static func report<T>(
    _ name: String, _ inputs: [T], threadCPU: Bool = true, aim: String? = nil,
    _ body: (T) throws -> Void
  ) {
    var wall: [UInt64] = []
    var cpu: [UInt64] = []
    wall.reserveCapacity(inputs.count)
    cpu.reserveCapacity(inputs.count)
    do {
      for input in inputs.prefix(200) { try body(input) }  // warm-up
      for input in inputs {
        let start = now()
        let startCPU = threadCPUNanoseconds()
        try body(input)
        cpu.append(threadCPUNanoseconds() - startCPU)
        wall.append(now() - start)
      }
    } catch {
      print("\(name): failed: \(error)")
      return
    }
    wall.sort()
    cpu.sort()
    func milliseconds(_ samples: [UInt64], _ fraction: Double) -> String {
      format(Double(samples[Int(Double(samples.count - 1) * fraction)]) / 1e6)
    }
    let suffix = aim.map { " (\($0))" } ?? ""
    print("\(name): median \(milliseconds(wall, 0.5)) ms\(suffix)")
    print("\(name): p99 \(milliseconds(wall, 0.99)) ms")
    guard threadCPU else { return }
    print("\(name): median \(milliseconds(cpu, 0.5)) ms of thread CPU time")
    print("\(name): p99 \(milliseconds(cpu, 0.99)) ms of thread CPU time")
  }

  private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// CPU time used by the calling thread so far (GRDB runs `read`/`write` bodies on it).
  private static func threadCPUNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// CPU time used by the whole process so far: a rate that other jobs on the machine do not skew.
  private static func cpuNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
