import IntentMatching
import Office

/// Groups similar lines: greedy clustering on shared words (stemmed) and Japanese bigrams.
///
/// Lines are compared by stems, but a group is labelled with its words as customers wrote them
/// (the commonest spelling of each stem) and, for Japanese, with the longest runs of its lines
/// made of shared bigrams (天気, 気予, 予報 → 天気予報).
enum FallbackGrouper {
  /// Lines sharing at least this share of the smaller feature set join a group (overlap
  /// coefficient: short lines of two or three content words group well with it).
  static let similarity = 0.5

  /// The features of one line, and the words as written behind the stems.
  struct Features {
    var keys: Set<String> = []
    /// Stem → the word as written (lowercased), for words.
    var spellings: [String: String] = [:]
    /// The Japanese bigrams among `keys`.
    var bigrams: Set<String> = []
  }

  static func group(_ lines: [ConversationStatistics.FallbackLine])
    -> [ConversationReport.FallbackGroup]
  {
    struct Group {
      var features: Set<String>
      var counts: [String: Int] = [:]
      var spellings: [String: [String: Int]] = [:]
      var bigrams: Set<String> = []
      var size = 0
      var examples: [String] = []
      var texts: [String] = []
      var firstSeen: Int
    }
    var groups: [Group] = []
    var seenText: [String: Int] = [:]
    for (index, line) in lines.enumerated() {
      if let known = seenText[line.text] {
        groups[known].size += 1
        continue
      }
      let features = Self.features(of: line.text)
      var best: (index: Int, score: Double)?
      for (candidate, group) in groups.enumerated() where !features.keys.isEmpty {
        let shared = group.features.intersection(features.keys).count
        guard shared > 0 else { continue }
        let score = Double(shared) / Double(min(group.features.count, features.keys.count))
        if score >= similarity, score > (best?.score ?? 0) { best = (candidate, score) }
      }
      let target: Int
      if let best {
        target = best.index
      } else {
        groups.append(Group(features: features.keys, firstSeen: index))
        target = groups.count - 1
      }
      groups[target].size += 1
      for feature in features.keys { groups[target].counts[feature, default: 0] += 1 }
      for (stem, word) in features.spellings {
        groups[target].spellings[stem, default: [:]][word, default: 0] += 1
      }
      groups[target].bigrams.formUnion(features.bigrams)
      if groups[target].examples.count < 3 { groups[target].examples.append(line.text) }
      groups[target].texts.append(line.text)
      seenText[line.text] = target
    }
    return groups.sorted { ($0.size, $1.firstSeen) > ($1.size, $0.firstSeen) }.map { group in
      let top = group.counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      let best = top.first?.value ?? 0
      // Japanese: the runs of what customers wrote made of the bigrams shared as widely as the
      // commonest feature (or by half the group).
      let sharedBigrams = top.filter {
        group.bigrams.contains($0.key) && $0.value * 2 >= max(best, 2)
      }.map(\.key)
      let fragments = Self.fragments(sharedBigrams, in: group.texts)
      var words: [String] = []
      var fragmentsAdded = false
      for (feature, _) in top where words.count < 3 {
        if group.bigrams.contains(feature) {
          if !fragmentsAdded {
            words += fragments.prefix(3 - words.count)
            fragmentsAdded = true
          }
          continue
        }
        let spelling = group.spellings[feature]?.max { ($0.value, $1.key) < ($1.value, $0.key) }
        words.append(spelling?.key ?? feature)
      }
      if words.isEmpty { words = Array(fragments.prefix(3)) }
      return .init(
        size: group.size, label: words.joined(separator: " "), examples: group.examples,
        texts: group.texts)
    }
  }

  /// Stemmed content words (with their spellings) and Japanese bigrams of `text`.
  static func features(of text: String) -> Features {
    var result = Features()
    for token in Tokenizer.tokens(of: text) where !token.isNumber {
      switch token.kind {
      case .word:
        guard !StopWords.contains(token.text), token.text.count > 1 else { continue }
        let stem = PorterStemmer.stem(token.text)
        result.keys.insert(stem)
        if result.spellings[stem] == nil { result.spellings[stem] = token.text.lowercased() }
      case .japanese:
        let characters = Array(token.text)
        if characters.count == 1 { result.keys.insert(token.text) }
        for index in characters.indices.dropLast() {
          let bigram = String(characters[index...index + 1])
          result.keys.insert(bigram)
          result.bigrams.insert(bigram)
        }
      }
    }
    return result
  }

  /// Stemmed content words and Japanese bigrams of `text`.
  static func features(_ text: String) -> Set<String> { features(of: text).keys }

  /// The fragments of `texts` made only of `bigrams`: each maximal run of characters whose every
  /// neighbouring pair is one of them (天気 + 気予 + 予報 in 明日の天気予報 → 天気予報), so that a
  /// fragment is always something a customer wrote. Those two lines or more hold, longest first,
  /// each once, none inside another.
  static func fragments(_ bigrams: [String], in texts: [String]) -> [String] {
    // Each wording once: a line asked ten times is still one way of putting it.
    var seen: Set<String> = []
    let sample = Array(texts.filter { seen.insert($0).inserted }.prefix(50))
    // With several wordings, a run is made of bigrams two of them hold; a group of one wording
    // is labelled with its own runs.
    let inTwo = Set(bigrams.filter { bigram in sample.filter { $0.contains(bigram) }.count >= 2 })
    let fragments = runs(of: sample.count >= 2 ? inTwo : Set(bigrams), in: sample)
    return fragments.isEmpty && sample.count >= 2
      ? runs(of: Set(bigrams), in: sample) : fragments
  }

  /// The maximal runs of `sample`'s characters made of `shared` bigrams; those two wordings or
  /// more hold, longest first, none inside another.
  private static func runs(of shared: Set<String>, in sample: [String]) -> [String] {
    var found: Set<String> = []
    for text in sample {
      let characters = Array(text)
      var start = 0
      for index in 0...characters.count {
        let continues =
          index < characters.count - 1
          && shared.contains(String(characters[index...index + 1]))
        if continues { continue }
        if index > start, index < characters.count {
          found.insert(String(characters[start...index]))
        }
        start = index + 1
      }
    }
    // What two or more wordings hold comes before what one alone does.
    let widely = found.filter { fragment in sample.filter { $0.contains(fragment) }.count >= 2 }
    let longestFirst = (widely.isEmpty ? found : widely).sorted { ($0.count, $1) > ($1.count, $0) }
    var result: [String] = []
    for fragment in longestFirst where !result.contains(where: { $0.contains(fragment) }) {
      result.append(fragment)
    }
    return result
  }
}
