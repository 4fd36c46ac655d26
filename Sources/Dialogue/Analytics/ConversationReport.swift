import Foundation
import IntentMatching
import Office

/// What customers asked, what the bot solved and what it could not: the log's aggregates plus
/// the fallback backlog grouped by similarity (what to teach the bot next).
public struct ConversationReport: Sendable {
  /// Similar fallback lines, with a few examples.
  public struct FallbackGroup: Sendable, Equatable {
    /// How many lines fell into the group.
    public var size: Int
    /// The words the group shares most, as a label.
    public var label: String
    /// Up to three example lines, newest first.
    public var examples: [String]
    /// Every distinct line of the group, newest first.
    public var texts: [String] = []
  }

  /// The aggregates.
  public var statistics: ConversationStatistics
  /// The fallback backlog, largest groups first.
  public var fallbackGroups: [FallbackGroup]

  /// Builds the report for `query` from `source`.
  public static func build(from source: any ConversationAnalytics, query: StatisticsQuery)
    throws(StoreError) -> ConversationReport
  {
    let statistics = try source.statistics(query)
    return ConversationReport(
      statistics: statistics, fallbackGroups: FallbackGrouper.group(statistics.fallbacks))
  }

  /// Share of closed conversations resolved without a human (abandoned ones are not contained:
  /// see ``abandonmentRate``).
  public var containmentRate: Double {
    let closed = statistics.conversationCount - statistics.outcome(.open)
    guard closed > 0 else { return 0 }
    return Double(statistics.outcome(.resolved)) / Double(closed)
  }

  /// Share of closed conversations left without an answer or a stated outcome.
  public var abandonmentRate: Double {
    let closed = statistics.conversationCount - statistics.outcome(.open)
    guard closed > 0 else { return 0 }
    return Double(statistics.outcome(.abandoned)) / Double(closed)
  }

  /// Share of closed conversations handed to a human.
  public var escalationRate: Double {
    let closed = statistics.conversationCount - statistics.outcome(.open)
    guard closed > 0 else { return 0 }
    return Double(statistics.outcome(.escalated)) / Double(closed)
  }
}

/// Groups similar lines: greedy clustering on shared words (stemmed) and Japanese bigrams.
enum FallbackGrouper {
  /// Lines sharing at least this share of the smaller feature set join a group (overlap
  /// coefficient: short lines of two or three content words group well with it).
  static let similarity = 0.5

  static func group(_ lines: [ConversationStatistics.FallbackLine])
    -> [ConversationReport.FallbackGroup]
  {
    struct Group {
      var features: Set<String>
      var counts: [String: Int] = [:]
      var size = 0
      var examples: [String] = []
      var texts: [String] = []
      var firstSeen: Int
    }
    var groups: [Group] = []
    var seenText: [String: Int] = [:]
    for (index, line) in lines.enumerated() {
      let features = Self.features(line.text)
      if let known = seenText[line.text] {
        groups[known].size += 1
        continue
      }
      var best: (index: Int, score: Double)?
      for (candidate, group) in groups.enumerated() where !features.isEmpty {
        let shared = group.features.intersection(features).count
        guard shared > 0 else { continue }
        let score = Double(shared) / Double(min(group.features.count, features.count))
        if score >= similarity, score > (best?.score ?? 0) { best = (candidate, score) }
      }
      let target: Int
      if let best {
        target = best.index
      } else {
        groups.append(Group(features: features, firstSeen: index))
        target = groups.count - 1
      }
      groups[target].size += 1
      for feature in features { groups[target].counts[feature, default: 0] += 1 }
      if groups[target].examples.count < 3 { groups[target].examples.append(line.text) }
      groups[target].texts.append(line.text)
      seenText[line.text] = target
    }
    return groups.sorted { ($0.size, $1.firstSeen) > ($1.size, $0.firstSeen) }.map { group in
      let label = group.counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3)
        .map(\.key).joined(separator: " ")
      return .init(size: group.size, label: label, examples: group.examples, texts: group.texts)
    }
  }

  /// Stemmed content words and Japanese bigrams of `text`.
  static func features(_ text: String) -> Set<String> {
    var result = Set<String>()
    for token in Tokenizer.tokens(of: text) where !token.isNumber {
      switch token.kind {
      case .word:
        guard !StopWords.contains(token.text), token.text.count > 1 else { continue }
        result.insert(PorterStemmer.stem(token.text))
      case .japanese:
        let characters = Array(token.text)
        if characters.count == 1 { result.insert(token.text) }
        for index in characters.indices.dropLast() {
          result.insert(String(characters[index...index + 1]))
        }
      }
    }
    return result
  }
}
