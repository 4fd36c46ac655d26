import Synchronization

/// Corrects misspelt words against a vocabulary with a symmetric deletion index (SymSpell):
/// candidates are the entries that meet the word after deleting at most one letter from each, and a
/// candidate is taken only when it is one edit away (a letter inserted, deleted, replaced, or two
/// neighbours swapped: `refnud` → `refund`, `pasword` → `password`, `invioce` → `invoice`), so a
/// real word two edits from a keyword (`boiling`, `billing`) is left alone.
public struct TypoCorrector: Sendable {
  /// Words shorter than this are never corrected.
  public static let minimumLength = 5
  /// Words longer than this are never corrected, nor indexed: a word's deletion keys cost its
  /// length squared (a 10,000-letter word took seconds), and no keyword is this long.
  public static let maximumLength = 40

  /// Whether `word` has a length that may be corrected (cheap for a very long word).
  static func hasCorrectableLength(_ word: String) -> Bool {
    guard word.utf8.count >= minimumLength, word.utf8.count <= maximumLength * 4 else {
      return false
    }
    let count = word.count
    return count >= minimumLength && count <= maximumLength
  }

  private let words: [String]
  private let counts: [Int]
  private let known: Set<String>
  private var index: [String: [Int32]] = [:]

  /// Builds the index over `vocabulary` (word → how often it occurs).
  public init(vocabulary: [String: Int]) {
    let sorted = vocabulary.keys.sorted()
    words = sorted
    counts = sorted.map { vocabulary[$0] ?? 0 }
    known = Set(sorted)
    for (position, word) in sorted.enumerated()
    where word.count >= Self.minimumLength - 1 && word.count <= Self.maximumLength + 1 {
      guard word.allSatisfy({ $0.isLetter }) else { continue }
      for key in Self.deletions(word) { index[key, default: []].append(Int32(position)) }
    }
  }

  /// The vocabulary word `word` is a misspelling of, or `nil` (known, too short, no candidate).
  public func correction(for word: String) -> String? {
    guard Self.hasCorrectableLength(word), !known.contains(word),
      word.allSatisfy({ $0.isLetter })
    else { return nil }
    let typed = Array(word)
    var best: Int?
    for key in Self.deletions(word) {
      for candidate in index[key] ?? [] {
        let position = Int(candidate)
        guard best != position, Self.isOneEdit(typed, Array(words[position])) else { continue }
        if let current = best {
          if counts[position] > counts[current]
            || (counts[position] == counts[current] && position < current)
          {
            best = position
          }
        } else {
          best = position
        }
      }
    }
    return best.map { words[$0] }
  }

  /// Whether `a` becomes `b` by one insertion, deletion, replacement or swap of neighbours.
  static func isOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
    if a.count == b.count {
      let differences = a.indices.filter { a[$0] != b[$0] }
      if differences.count == 1 { return true }
      guard differences.count == 2, differences[1] == differences[0] + 1 else { return false }
      return a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]
    }
    let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
    guard longer.count == shorter.count + 1 else { return false }
    var position = 0
    while position < shorter.count, longer[position] == shorter[position] { position += 1 }
    return longer[(position + 1)...].elementsEqual(shorter[position...])
  }

  /// The word itself and every string made by deleting one character from it.
  static func deletions(_ word: String) -> [String] {
    let characters = Array(word)
    var result = [word]
    for position in characters.indices {
      var copy = characters
      copy.remove(at: position)
      result.append(String(copy))
    }
    return result
  }
}

/// A ``TypoCorrector`` built the first time a word needs it: a word of the vocabulary, or one
/// too short to correct, is answered without building the deletion index, so a start that
/// restores a trained matcher does not pay for it.
final class LazyTypoCorrector: Sendable {
  private let vocabulary: [String: Int]
  private let corrector = Mutex<TypoCorrector?>(nil)

  init(vocabulary: [String: Int]) {
    self.vocabulary = vocabulary
  }

  /// See ``TypoCorrector/correction(for:)``.
  func correction(for word: String) -> String? {
    guard TypoCorrector.hasCorrectableLength(word), vocabulary[word] == nil else { return nil }
    return corrector.withLock { built in
      if built == nil { built = TypoCorrector(vocabulary: vocabulary) }
      return built?.correction(for: word)
    }
  }
}
