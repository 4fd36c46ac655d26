import Foundation
import IntentMatching
import Office

/// Plays simulated customers against the real engine: the same dispatch, handlers and logging
/// as the console, with conversations logged on the `simulated` channel.
///
/// Customers come from the database and speak their own language; they open with a noisy
/// paraphrase of a catalog example, answer slot questions with their own order and invoice
/// numbers, confirm or decline, sometimes go out of scope or ask for a human. The same seed on
/// the same data gives the same conversations and figures.
public struct Simulator {
  /// One finished conversation, for transcripts.
  public struct Conversation {
    /// Its 1-based number in the run.
    public var number: Int
    /// Who the customer was (role, customer id, channel).
    public var settings: SessionSettings
    /// Its turns, in order.
    public var turns: [Turn]
  }

  /// Conversations whose turns are committed together.
  public static let sessionsPerCommit = 100

  private let engine: DialogueEngine
  private let clock: SteppingClock
  private let seed: UInt64
  private let novelRate: Double

  /// Creates a simulator; `engine` must use `clock`, which the simulator moves through the days.
  /// `novelRate` (0...1) is the share of conversations about an intent of ``NovelPhrasings``
  /// that open with a phrasing the catalog lacks.
  public init(engine: DialogueEngine, clock: SteppingClock, seed: UInt64, novelRate: Double = 0) {
    self.engine = engine
    self.clock = clock
    self.seed = seed
    self.novelRate = novelRate
  }

  /// Holds `sessions` conversations; calls `finished` for each one once it is committed.
  public func run(sessions: Int, finished: (Conversation) -> Void) throws -> SimulationSummary {
    var random = SplitMix64(seed: seed)
    let customers: [SimulatedCustomer]
    do {
      customers = try SimulatedCustomer.load(from: engine.store, limit: 10_000)
    } catch {
      throw DialogueError.logging(error)
    }
    guard !customers.isEmpty else { return SimulationSummary() }
    // Conversations are group-committed, `sessionsPerCommit` to a unit of work; each is
    // reported (progress, transcripts) only once it is in the log.
    let start = clock.now()
    var summary = SimulationSummary()
    var number = 1
    while number <= sessions {
      let last = min(number + Self.sessionsPerCommit - 1, sessions)
      var failure: (any Error)?
      let conversations = try engine.together { () -> [Conversation] in
        var done: [Conversation] = []
        for current in number...last {
          do {
            done.append(
              try simulate(
                number: current, start: start, customers: customers,
                random: &random, summary: &summary))
          } catch {
            failure = error
            break
          }
        }
        return done
      }
      if let failure { throw failure }
      conversations.forEach(finished)
      number = last + 1
    }
    return summary
  }

  /// Plays conversation `number` on its day and hour and closes it.
  private func simulate(
    number: Int, start: Date, customers: [SimulatedCustomer], random: inout SplitMix64,
    summary: inout SimulationSummary
  ) throws -> Conversation {
    // The FAQ's opening hours: Monday to Friday, 9:00 to 18:00 JST (0:00 to 9:00 UTC), busier
    // at noon, over the four weeks from the Monday the clock starts on.
    let weekday = random.below(20)
    let day = Double(weekday / 5 * 7 + weekday % 5)
    let minute = Double(random.below(270) + random.below(270))
    clock.set(start.addingTimeInterval(day * 86_400 + minute * 60))
    let customer = random.pick(customers)
    let session = Session(
      settings: SessionSettings(role: .customer, customerID: customer.id, channel: .simulated))
    try converse(customer, session: session, random: &random, summary: &summary)
    if session.isEscalated { summary.escalations += 1 }
    let turns = session.turns
    try engine.endConversation(of: session)
    summary.sessions += 1
    return Conversation(number: number, settings: session.settings, turns: turns)
  }

  private func converse(
    _ customer: SimulatedCustomer, session: Session, random: inout SplitMix64,
    summary: inout SimulationSummary
  ) throws {
    guard
      var scenario = Scenario.draw(
        for: customer, catalog: engine.catalog, novelRate: novelRate, random: &random)
    else { return }
    var line = scenario.opening
    var expectedSlots = scenario.givenSlots
    for _ in 0..<6 {
      let turn = try timedTurn(line, session: session, summary: &summary)
      summary.intentChecks += 1
      if turn.intent == scenario.intent { summary.intentCorrect += 1 }
      for (name, value) in expectedSlots {
        summary.slotChecks += 1
        if turn.slots[name] == value { summary.slotCorrect += 1 }
      }
      expectedSlots = [:]
      clock.advance(by: Double(20 + random.below(60)))
      if let slot = session.awaitingSlot,
        let answer = slotAnswer(slot, customer: customer, random: &random)
      {
        line = answer.line
        expectedSlots = [slot: answer.value]
        continue
      }
      if session.awaitingConfirmation {
        let yes = random.chance(0.7)
        line =
          customer.language == .japanese
          ? (yes ? random.pick(["はい", "お願いします"]) : random.pick(["いいえ", "結構です"]))
          : (yes ? random.pick(["yes", "yes please", "ok"]) : random.pick(["no", "no thanks"]))
        continue
      }
      break
    }
    if random.chance(0.4) {
      scenario.intent = "thanks"
      let thanks =
        customer.language == .japanese
        ? random.pick(["ありがとう", "ありがとうございます", "助かりました、ありがとう"])
        : random.pick(["thanks", "thank you", "great, thanks!"])
      let turn = try timedTurn(thanks, session: session, summary: &summary)
      summary.intentChecks += 1
      if turn.intent == "thanks" { summary.intentCorrect += 1 }
    }
  }

  private func timedTurn(_ line: String, session: Session, summary: inout SimulationSummary)
    throws -> Turn
  {
    let started = DispatchTime.now().uptimeNanoseconds
    let turn = try engine.respond(to: line, in: session)
    summary.latencies.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1000)
    summary.turns += 1
    if turn.intent == Match.outOfScope { summary.fallbacks += 1 }
    return turn
  }

  private func slotAnswer(
    _ slot: String, customer: SimulatedCustomer, random: inout SplitMix64
  ) -> (line: String, value: String)? {
    let japanese = customer.language == .japanese
    let value: String
    switch slot {
    case "order_id":
      guard !customer.orderIDs.isEmpty else { return nil }
      value = random.pick(customer.orderIDs)
      let line =
        japanese
        ? random.pick(["\(value)です", "注文番号は\(value)", value])
        : random.pick(["\(value)", "it's \(value)", "order \(value)", "#\(value)"])
      return (line, value)
    case "invoice_id":
      guard !customer.invoiceIDs.isEmpty else { return nil }
      value = random.pick(customer.invoiceIDs)
      return (japanese ? "\(value)です" : random.pick([value, "invoice \(value)"]), value)
    case "product_id":
      value = "P-\(1001 + random.below(50))"
      return (japanese ? "\(value)です" : value, value)
    default:
      return nil
    }
  }
}
