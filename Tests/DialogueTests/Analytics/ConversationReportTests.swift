import Foundation
import Office
import Testing

@testable import Dialogue

/// The report's figures for a manager: full axes, out of scope apart, agents with the bot, and a
/// backlog in the customers' own words.
struct ConversationReportTests {
  private static func statistics(
    days: [String] = [], hours: [String: Int] = [:], intents: [String: Int] = [:],
    fallbacks: [String] = []
  ) -> ConversationStatistics {
    var statistics = ConversationStatistics()
    statistics.channels = [.init(key: "pipe", conversations: 3, turns: 10)]
    statistics.days = days.map { .init(key: $0, conversations: 1, turns: 2) }
    statistics.hours = hours.map { .init(name: $0.key, count: $0.value) }.sorted {
      $0.name < $1.name
    }
    statistics.intents = intents.map { .init(name: $0.key, count: $0.value) }
      .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    statistics.fallbacks = fallbacks.map { .init(text: $0, intent: "oos", confidence: 0.1) }
    return statistics
  }

  @Test func everyDayOfThePeriodIsShownWithZeros() {
    let report = ConversationReport(
      statistics: Self.statistics(days: ["2026-11-02", "2026-11-05"]), since: nil)
    #expect(report.days.map(\.key) == ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"])
    #expect(report.days.map(\.turns) == [2, 0, 0, 2])
  }

  @Test func thePeriodStartsAtItsFirstDayEvenWithoutConversations() {
    let since = Date(timeIntervalSince1970: 1_793_577_600 - 2 * 86_400 + 3_600)  // 10-31 01:00
    let report = ConversationReport(
      statistics: Self.statistics(days: ["2026-11-02", "2026-11-03"]), since: since)
    #expect(report.days.map(\.key) == ["2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03"])
    #expect(report.period?.first == "2026-10-31")
    #expect(report.period?.last == "2026-11-03")
  }

  @Test func allTwentyFourHoursAreShown() {
    let report = ConversationReport(
      statistics: Self.statistics(hours: ["08": 5, "15": 2]), since: nil)
    #expect(report.hours.map(\.name) == (0..<24).map { String(format: "%02d", $0) })
    #expect(report.hours[8].count == 5)
    #expect(report.hours[9].count == 0)
    #expect(report.hours[15].count == 2)
  }

  @Test func outOfScopeIsTheFallbackRateNotAnIntent() {
    let report = ConversationReport(
      statistics: Self.statistics(intents: ["oos": 4, "greeting": 3, "thanks": 3]), since: nil)
    #expect(report.intents.map(\.name) == ["greeting", "thanks"])
    #expect(report.fallbackTurns == 4)
    #expect(report.fallbackRate == 0.4)
  }

  @Test func agentsCountEscalationsAndTheBotHasItsOwnRow() {
    var statistics = Self.statistics()
    statistics.agents = [
      .init(key: "(none)", conversations: 5, turns: 12, escalations: 1),
      .init(key: "mia", conversations: 2, turns: 4, escalations: 2),
    ]
    let report = ConversationReport(statistics: statistics, since: nil)
    #expect(
      report.agents == [
        .init(name: ConversationReport.botName, conversations: 5, turns: 12, escalations: 1),
        .init(name: "mia", conversations: 2, turns: 4, escalations: 2),
      ])
  }

  @Test func backlogLabelsAreWordsAsTyped() {
    let report = ConversationReport(
      statistics: Self.statistics(fallbacks: [
        "is osaka popular with tourists", "osaka popularity", "popular places in osaka",
        "do you have a balcony", "balconies for rent",
      ]), since: nil)
    let labels = report.fallbackGroups.map(\.label)
    #expect(labels.contains { $0.contains("osaka") && $0.contains("popular") }, "\(labels)")
    #expect(labels.contains { $0.contains("balcony") || $0.contains("balconies") }, "\(labels)")
    let words = Set(labels.flatMap { $0.split(separator: " ").map(String.init) })
    #expect(words.isDisjoint(with: ["popul", "balconi", "tourist"]), "\(labels)")
  }

  @Test func japaneseBacklogLabelsAreFragmentsNotBigrams() {
    let report = ConversationReport(
      statistics: Self.statistics(fallbacks: ["天気予報は？", "東京の天気予報", "明日の天気予報"]),
      since: nil)
    let first = report.fallbackGroups.first
    #expect(first?.size == 3)
    #expect(first?.label.contains("天気予報") == true, "\(first?.label ?? "-")")
  }

  /// Each label fragment is a run of what customers wrote, shared by the group's lines: never a
  /// chain of bigrams that no line holds (`イ決済に対応してい ますか ペイペ` for ペイペイ決済).
  @Test(arguments: [
    (["ペイペイ決済に対応していますか", "ペイペイ決済に対応していますか？", "ペイペイ決済に対応してますか"], "ペイペイ決済"),
    (["ちょうつがいが一ヶ月で折れました", "ちょうつがいが折れました", "ちょうつがいが一ヶ月で折れた"], "ちょうつがい"),
    (["昼休みに問い合わせできますか", "昼休みに問い合わせしたい", "昼休みに問い合わせ"], "昼休みに"),
  ])
  func japaneseLabelFragmentsAreWhatTheLinesShare(lines: [String], fragment: String) {
    let report = ConversationReport(statistics: Self.statistics(fallbacks: lines), since: nil)
    let label = report.fallbackGroups.first?.label ?? "-"
    #expect(report.fallbackGroups.first?.size == 3)
    // All the lines open the same way: the first fragment is how at least two of them open.
    let first = label.split(separator: " ").first.map(String.init) ?? "-"
    #expect(first.hasPrefix(fragment), "\(label)")
    #expect(lines.filter { $0.hasPrefix(first) }.count >= 2, "\(label)")
    for part in label.split(separator: " ") {
      #expect(lines.contains { $0.contains(part) }, "\(part) of \(label)")
    }
  }

  /// A wording asked again (the same line twice) counts once: the label is what different
  /// wordings share, not a line and its near copy (このケトルを突き返せますか このケトルを突き返せる).
  @Test func aRepeatedWordingCountsOnceInTheLabel() {
    let lines = ["このケトルを突き返せますか", "このケトルを突き返せますか", "このケトルを突き返せる？"]
    let report = ConversationReport(statistics: Self.statistics(fallbacks: lines), since: nil)
    let label = report.fallbackGroups.first?.label ?? "-"
    #expect(report.fallbackGroups.first?.size == 3)
    #expect(label == "このケトルを突き返せ", "\(label)")
  }
}
