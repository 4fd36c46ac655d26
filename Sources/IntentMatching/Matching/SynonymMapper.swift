/// Maps synonym variants in an utterance to their canonical word (`money back` → `refund`).
///
/// Spaced-script variants (one or several words) are replaced token by token; unspaced (Japanese)
/// variants are found inside Japanese runs and add the canonical word beside the run.
public struct SynonymMapper: Sendable {
  /// One replacement made in an utterance.
  public struct Hit: Sendable, Equatable {
    /// The canonical word (normalised).
    public var canonical: String
    /// The variant as it appeared (normalised).
    public var typed: String
  }

  private var byFirstWord: [String: [(variant: [String], canonical: [Token])]] = [:]
  private var unspaced: [(variant: [UInt8], text: String, canonical: [Token])] = []
  /// The FNV-1a hashes (``FeatureHasher``) of the words that start a spaced variant.
  private var firstWords = FeatureTable()

  /// Builds the mapper from `canonical → variants`.
  public init(_ synonyms: [String: [String]]) {
    for canonical in synonyms.keys.sorted() {
      let canonicalWords = Tokenizer.tokens(of: canonical)
      guard !canonicalWords.isEmpty else { continue }
      for variant in synonyms[canonical] ?? [] {
        let tokens = Tokenizer.tokens(of: variant)
        guard !tokens.isEmpty else { continue }
        if tokens.allSatisfy({ $0.kind == .word }) {
          byFirstWord[tokens[0].text, default: []].append((tokens.map(\.text), canonicalWords))
        } else {
          let text = tokens.map(\.text).joined()
          unspaced.append((Array(text.utf8), text, canonicalWords))
        }
      }
    }
    for key in byFirstWord.keys {
      byFirstWord[key]?.sort { $0.variant.count > $1.variant.count }
      var hasher = FeatureHasher()
      hasher.add(key)
      firstWords.insert(hasher.value, 0)
    }
    unspaced.sort { $0.variant.count > $1.variant.count }
  }

  /// Whether there is nothing to map.
  public var isEmpty: Bool { byFirstWord.isEmpty && unspaced.isEmpty }

  /// Whether a word whose FNV-1a hash (``FeatureHasher``) is `hash` may start a spaced variant:
  /// a line whose words never do is left as it is by ``apply(_:)``, Japanese runs aside. Two
  /// words may share a hash, so true only means "may".
  func mayStartVariant(hash: UInt64) -> Bool {
    firstWords.value(for: hash) != nil
  }

  /// The tokens with variants mapped, each output token paired with the hit that produced it.
  public func apply(_ tokens: [Token]) -> [(token: Token, hit: Hit?)] {
    var result: [(token: Token, hit: Hit?)] = []
    result.reserveCapacity(tokens.count)
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .japanese {
        result.append((token, nil))
        let bytes = Array(token.text.utf8)
        for entry in unspaced where bytes.contains(subsequence: entry.variant) {
          let hit = Hit(canonical: Self.text(entry.canonical), typed: entry.text)
          for canonical in entry.canonical { result.append((canonical, hit)) }
        }
        index += 1
        continue
      }
      var matched = false
      for entry in byFirstWord[token.text] ?? [] where index + entry.variant.count <= tokens.count {
        var same = true
        for (offset, word) in entry.variant.enumerated() where tokens[index + offset].text != word {
          same = false
          break
        }
        guard same else { continue }
        let hit = Hit(
          canonical: Self.text(entry.canonical), typed: entry.variant.joined(separator: " "))
        for canonical in entry.canonical { result.append((canonical, hit)) }
        index += entry.variant.count
        matched = true
        break
      }
      if !matched {
        result.append((token, nil))
        index += 1
      }
    }
    return result
  }

  private static func text(_ tokens: [Token]) -> String {
    tokens.map(\.text).joined(separator: " ")
  }
}
