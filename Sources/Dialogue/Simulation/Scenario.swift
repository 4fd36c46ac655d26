import Foundation
import IntentMatching
import Office

/// What one simulated customer wants: the intent they mean and the words they open with.
struct Scenario {
  /// The intent the customer means (`oos` when they go out of scope).
  var intent: String
  /// The opening line.
  var opening: String
  /// The slot values the opening line carries, which the matcher should extract.
  var givenSlots: [String: String]

  /// Intents a customer may ask about, with their weights.
  static let customerIntents: [(String, Int)] = [
    ("greeting", 4), ("business_hours", 5), ("return_policy", 5), ("shipping_policy", 5),
    ("payment_methods", 4), ("privacy_policy", 2), ("warranty", 3), ("promotions", 3),
    ("capabilities", 2), ("order_status", 10), ("track_shipment", 6), ("cancel_order", 4),
    ("invoice_status", 5), ("refund_status", 4), ("account_balance", 3), ("product_price", 3),
    ("stock_check", 3), ("human_agent", 3), (Match.outOfScope, 6),
  ]

  /// Draws a scenario for `customer` from the catalog's examples, with noise; with
  /// `novelRate` above zero, that share of the intents with ``NovelPhrasings`` opens with one of
  /// them instead (a rate of zero draws exactly what it drew before the option existed).
  static func draw(
    for customer: SimulatedCustomer, catalog: IntentCatalog, novelRate: Double = 0,
    random: inout SplitMix64
  ) -> Scenario? {
    let total = customerIntents.reduce(0) { $0 + $1.1 }
    var ticket = random.below(total)
    var chosen = customerIntents[0].0
    for (intent, weight) in customerIntents {
      if ticket < weight {
        chosen = intent
        break
      }
      ticket -= weight
    }
    if novelRate > 0, NovelPhrasings.byIntent[chosen]?[customer.language] != nil,
      random.chance(novelRate),
      let novel = NovelPhrasings.draw(chosen, customer.language, random: &random)
    {
      let noisy = UtteranceNoise.apply(
        novel, japanese: customer.language == .japanese, random: &random)
      return Scenario(intent: chosen, opening: noisy, givenSlots: [:])
    }
    let examples: [Example]
    if chosen == Match.outOfScope {
      examples = catalog.outOfScopeExamples
    } else {
      examples = catalog.intent(named: chosen)?.examples ?? []
    }
    let own = examples.filter { $0.language == customer.language }
    guard !own.isEmpty else { return nil }
    let example = random.pick(own).text
    var slots: [String: String] = [:]
    let withValues = fill(example, customer: customer, slots: &slots, random: &random)
    let noisy = UtteranceNoise.apply(
      withValues, japanese: customer.language == .japanese, random: &random)
    return Scenario(intent: chosen, opening: noisy, givenSlots: slots)
  }

  /// Ids in catalog examples, compiled once: invoice and product ids before bare order numbers.
  private static let idPatterns: [(NSRegularExpression, String)] = [
    ("INV-[0-9]+", "invoice_id"), ("P-[0-9]+", "product_id"),
    ("(?<![A-Za-z0-9-])[0-9]{4,7}(?![0-9])", "order_id"),
  ].compactMap { pattern, slot in
    (try? NSRegularExpression(pattern: pattern)).map { ($0, slot) }
  }

  /// Replaces ids in an example by the customer's own, or drops them so the console must ask.
  private static func fill(
    _ text: String, customer: SimulatedCustomer, slots: inout [String: String],
    random: inout SplitMix64
  ) -> String {
    let keep = random.chance(0.6)
    guard text.contains(where: \.isNumber) else { return text }
    var result = text
    let products = (1001...1050).map { "P-\($0)" }
    for (regex, slot) in idPatterns {
      let values =
        slot == "invoice_id"
        ? customer.invoiceIDs : slot == "order_id" ? customer.orderIDs : products
      let range = NSRange(result.startIndex..., in: result)
      guard regex.firstMatch(in: result, range: range) != nil else { continue }
      if keep, !values.isEmpty {
        let value = random.pick(values)
        slots[slot] = value
        result = regex.stringByReplacingMatches(
          in: result, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: value))
      } else {
        result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: "")
        result = result.replacingOccurrences(of: "  ", with: " ")
          .replacingOccurrences(of: "#", with: "")
      }
    }
    return result.trimmingCharacters(in: .whitespaces)
  }
}
