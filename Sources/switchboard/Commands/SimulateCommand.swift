import ArgumentParser
import Console
import Dialogue
import Foundation
import Office

/// `switchboard simulate`: simulated customers talk to the real engine; prints the figures.
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Play simulated customers against the bot and print accuracy, containment, latency.",
    discussion: """
      Customers are drawn from the database and speak their own language. Conversations are \
      logged with channel 'simulated' and dated in the FAQ's opening hours (Monday to \
      Friday, 9:00 to 18:00 JST) over four weeks from Monday 2026-11-02. The same seed on the same data gives the same conversations and figures \
      (latencies are measured, so they vary).
      """
  )

  @OptionGroup var database: DatabaseOption
  @OptionGroup var catalog: CatalogOption
  @OptionGroup(visibility: .hidden) var speaker: SpeakerOptions
  @OptionGroup(visibility: .hidden) var color: ColorOption
  /// The global options, those this command does not use included (accepted, not shown).
  var global: GlobalOptions {
    GlobalOptions(database: database, catalog: catalog, speaker: speaker, color: color)
  }

  @Option(parsing: .unconditional, help: "How many conversations to hold.")
  var sessions = 100

  @Option(help: "The random seed.")
  var seed: UInt64 = 1

  @Flag(help: "Print the figures as one JSON object.")
  var json = false

  @Option(
    parsing: .unconditional,
    help: """
      Share (0 to 1) of the conversations about business hours, returns, shipping, payment and       warranty that open with a phrasing the catalog lacks, for the fallback backlog to learn from.
      """)
  var novel: Double = 0

  @Option(
    help: """
      Also write every conversation as a *.chat transcript into this folder, with the replies \
      it gets when played again on the demo company as seeded, so that each file passes alone.
      """)
  var transcripts: String?

  func validate() throws {
    guard sessions > 0 else {
      throw ValidationError("--sessions must be a positive number, not \(sessions)")
    }
    guard (0...1).contains(novel) else {
      throw ValidationError("--novel must be a share from 0 to 1, not \(novel)")
    }
  }

  func run() throws {
    let clock = SteppingClock(start: Date(timeIntervalSince1970: 1_793_577_600))
    let wiring = try Wiring(global: global, channel: .simulated, resolveDates: false, clock: clock)
    // Transcripts record what a file gets when it runs alone: each conversation is played again
    // on a fresh copy of the demo company as seeded, where `switchboard test` starts each file.
    var replay: TranscriptBase?
    if let transcripts {
      do {
        try FileManager.default.createDirectory(
          atPath: transcripts, withIntermediateDirectories: true)
      } catch {
        throw StandardError.fail("--transcripts: cannot create \(transcripts)", code: 2)
      }
      replay = try TranscriptBase(
        catalog: wiring.engine.catalog, classifier: wiring.engine.classifier,
        rules: wiring.engine.rules)
    }
    var progress = ProgressReporter(
      total: sessions, label: "conversations", terminal: isatty(2) == 1,
      write: { FileHandle.standardError.write(Data($0.utf8)) })
    let simulator = Simulator(engine: wiring.engine, clock: clock, seed: seed, novelRate: novel)
    var writeProblem: String?
    let summary: SimulationSummary
    do {
      summary = try simulator.run(sessions: sessions) { conversation in
        progress.update(conversation.number)
        guard let transcripts, let replay, !conversation.turns.isEmpty else { return }
        let name = String(format: "session-%05d.chat", conversation.number)
        do {
          let turns = try replay.withEngine { engine in
            Result {
              try TranscriptReplay.turns(
                of: conversation.turns.map(\.text), settings: conversation.settings, on: engine)
            }
          }.get()
          let text = TranscriptWriter.text(
            for: turns, settings: TranscriptReplay.replaySettings(conversation.settings))
          try Data(text.utf8).write(to: URL(fileURLWithPath: transcripts + "/" + name))
        } catch let error as StoreError {
          writeProblem = "cannot replay \(name): \(error.message)"
        } catch let error as DialogueError {
          writeProblem = "cannot replay \(name): \(error.description)"
        } catch {
          writeProblem = "cannot write \(transcripts)/\(name)"
        }
      }
    } catch {
      throw StandardError.fail("simulation stopped: \(error)")
    }
    if let writeProblem { throw StandardError.fail(writeProblem) }
    print(
      json ? SimulationText.json(summary, seed: seed) : SimulationText.table(summary, seed: seed))
  }
}

/// The printed forms of a simulation's figures.
enum SimulationText {
  static func table(_ summary: SimulationSummary, seed: UInt64) -> String {
    func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
    func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
    return """
      Simulated \(summary.sessions) conversations, \(summary.turns) turns (seed \(seed))
      intent accuracy  \(percent(summary.intentAccuracy))  (\(summary.intentCorrect) of \(summary.intentChecks) turns)
      slot accuracy    \(percent(summary.slotAccuracy))  (\(summary.slotCorrect) of \(summary.slotChecks) values)
      containment      \(percent(summary.containment))  (\(summary.sessions - summary.escalations) of \(summary.sessions) conversations without a human)
      fallback rate    \(percent(summary.fallbackRate))  (\(summary.fallbacks) turns out of scope)
      escalations      \(summary.escalations)
      turn latency     p50 \(ms(summary.latencyPercentile(50)))  p95 \(ms(summary.latencyPercentile(95)))  p99 \(ms(summary.latencyPercentile(99)))
      """
  }

  static func json(_ summary: SimulationSummary, seed: UInt64) -> String {
    let object: [String: Any] = [
      "seed": seed, "sessions": summary.sessions, "turns": summary.turns,
      "intent_accuracy": summary.intentAccuracy, "slot_accuracy": summary.slotAccuracy,
      "containment": summary.containment, "fallback_rate": summary.fallbackRate,
      "escalations": summary.escalations,
      "latency_ms": [
        "p50": summary.latencyPercentile(50), "p95": summary.latencyPercentile(95),
        "p99": summary.latencyPercentile(99),
      ],
    ]
    let data =
      (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
