import Dialogue
import Foundation
import IntentMatching
import Office

/// Simulation throughput and report time over a 1,000,000-message log.
enum AnalyticsBench {
  /// `switchboard-bench simulate`: logged turns per second of `Simulator` on the demo company.
  static func simulate() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("switchboard-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: folder.appendingPathComponent("sim.sqlite").path)
    let catalog = try CatalogLoader.load(
      directory: MatcherBench.checkoutRoot().appendingPathComponent("intents").path
    ).catalog
    let clock = SteppingClock(start: Date(timeIntervalSince1970: 1_793_577_600))
    let engine = DialogueEngine(
      catalog: catalog, classifier: KeywordMatcher(catalog: catalog), store: store,
      handlers: .backOffice, clock: clock)
    let sessions = 5_000
    let cpuStart = cpuSeconds()
    let wallStart = Date()
    let summary = try Simulator(engine: engine, clock: clock, seed: 7).run(sessions: sessions) {
      _ in
    }
    let wall = Date().timeIntervalSince(wallStart)
    let cpu = cpuSeconds() - cpuStart
    print("== simulate (release build)")
    print(
      "simulate \(sessions) sessions, \(summary.turns) logged turns: \(format(wall)) s wall, "
        + "\(format(cpu)) s CPU")
    print(
      "simulated logged turns per second: \(Int(Double(summary.turns) / wall)) wall-clock, "
        + "\(Int(Double(summary.turns) / cpu)) per CPU-second (aim: at least 5,000)")
    print(
      "turn latency: p50 \(format(summary.latencyPercentile(50))) ms, "
        + "p95 \(format(summary.latencyPercentile(95))) ms, p99 \(format(summary.latencyPercentile(99))) ms"
    )
  }

  /// `switchboard-bench report`: the report over 1,000,000 logged messages.
  static func report() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("switchboard-bench-report-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(
      path: folder.appendingPathComponent("report.sqlite").path, seedDemo: false)
    let lines = [
      ("hello", "greeting", 0.98), ("where is my order 1002", "order_status", 0.95),
      ("営業時間は？", "business_hours", 0.97), ("what's the weather in osaka", "oos", 0.1),
      ("can you sing a song", "oos", 0.2), ("do you take credit cards", "payment_methods", 0.9),
      ("my parcel arrived damaged", "warranty", 0.45), ("ありがとう", "thanks", 0.99),
    ]
    let channels: [Channel] = [.console, .pipe, .simulated, .ask]
    let start = Date(timeIntervalSince1970: 1_793_577_600)
    let fillStart = Date()
    var random = SplitMix64(seed: 11)
    var turns = 0
    for conversation in 0..<100_000 {
      let channel = channels[conversation % channels.count]
      let at = start.addingTimeInterval(Double(random.below(60 * 86_400)))
      let id = try store.startConversation(
        NewConversation(
          customerID: "C-\(1001 + random.below(200))", channel: channel,
          agent: conversation % 3 == 0 ? "agent\(random.below(5))" : nil, role: .agent,
          startedAt: at))
      for step in 0..<5 {
        let line = lines[random.below(lines.count)]
        try store.recordTurn(
          TurnRecord(
            conversationID: id, speaker: "agent", text: line.0, reply: "reply", intent: line.1,
            confidence: line.2, slots: [:], language: "en", agent: nil, role: .agent,
            channel: channel, at: at.addingTimeInterval(Double(step * 40))))
        turns += 1
      }
      try store.endConversation(
        id: id, outcome: random.chance(0.1) ? .escalated : .resolved, at: at + 300)
    }
    print("== report (release build)")
    print(
      "filled a log of \(turns * 2) messages in 100,000 conversations: "
        + "\(format(Date().timeIntervalSince(fillStart))) s")
    var times: [Double] = []
    for _ in 0..<3 {
      let began = Date()
      let report = try ConversationReport.build(from: store, query: StatisticsQuery())
      times.append(Date().timeIntervalSince(began))
      precondition(report.statistics.turnCount == turns)
    }
    print(
      "report over \(turns * 2) messages (all time, median of 3): \(format(times.sorted()[1])) s "
        + "(aim: under 2 s)")
  }

  private static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }

  private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
