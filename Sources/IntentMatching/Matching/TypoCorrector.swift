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
    let bytes = word.utf8.count
    guard bytes >= minimumLength, bytes <= maximumLength * 4 else { return false }
    // An ASCII word has a character per byte; counting characters costs far more.
    let count = TextNormalizer.isASCII(word) ? bytes : word.count
    return count >= minimumLength && count <= maximumLength
  }

  private let words: [String]
  private let counts: [Int]
  private let known: Set<String>
  /// The deletion keys of the indexed words (see ``deletionKeys(_:)``), ascending, and parallel
  /// to them the word each came from: the candidates of a key are one run, found by binary
  /// search. Sorted arrays of numbers instead of a dictionary of strings: the index is built
  /// the first time a line has an unknown word, and building it took most of a short run.
  private let keys: [UInt64]
  private let positions: [Int32]

  /// Builds the index over `vocabulary` (word → how often it occurs).
  public init(vocabulary: [String: Int]) {
    let sorted = vocabulary.keys.sorted()
    words = sorted
    counts = sorted.map { vocabulary[$0] ?? 0 }
    known = Set(sorted)
    var entries: [UInt64] = []
    var wordKeys: [UInt64] = []
    for (position, word) in sorted.enumerated() {
      guard let letters = Self.letterCount(word),
        letters >= Self.minimumLength - 1 && letters <= Self.maximumLength + 1
      else { continue }
      Self.deletionKeys(word, into: &wordKeys)
      // A key in the high bits, the word's position in the low ones: sorting sorts by key.
      for key in wordKeys { entries.append(key << 32 | UInt64(position)) }
    }
    entries.sort()
    keys = entries.map { $0 >> 32 }
    positions = entries.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
  }

  /// The vocabulary word `word` is a misspelling of, or `nil` (known, too short, no candidate).
  public func correction(for word: String) -> String? {
    guard Self.hasCorrectableLength(word), !known.contains(word), Self.letterCount(word) != nil
    else { return nil }
    let typed = Array(word)
    var best: Int?
    var typedKeys: [UInt64] = []
    Self.deletionKeys(word, into: &typedKeys)
    for key in typedKeys {
      var entry = keys.firstIndex(notBelow: key)
      while entry < keys.count, keys[entry] == key {
        let position = Int(positions[entry])
        entry += 1
        // A key shared by chance only adds a candidate, which must still be one edit away.
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

  /// The number of characters of `word` when all are letters, else nil.
  static func letterCount(_ word: String) -> Int? {
    var ascii = true
    var letters = true
    for byte in word.utf8 {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if !((65...90).contains(byte) || (97...122).contains(byte)) { letters = false }
    }
    if ascii { return letters ? word.utf8.count : nil }
    var count = 0
    for character in word {
      guard character.isLetter else { return nil }
      count += 1
    }
    return count
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

  /// The 32-bit keys of the word itself and of every string made by deleting one character from
  /// it, into `keys` (emptied first): each the low half of the FNV-1a hash of that string's
  /// UTF-8 bytes, computed without making the string.
  static func deletionKeys(_ word: String, into keys: inout [UInt64]) {
    keys.removeAll(keepingCapacity: true)
    let bytes = Array(word.utf8)
    // Where each character starts in `bytes`, and the end: one per byte for ASCII.
    var starts: [Int] = []
    if TextNormalizer.isASCII(word) {
      starts = Array(0...bytes.count)
    } else {
      var offset = 0
      for character in word {
        starts.append(offset)
        offset += character.utf8.count
      }
      starts.append(offset)
    }
    func key(skipping skipped: Range<Int>) -> UInt64 {
      var hasher = FeatureHasher()
      for index in bytes.indices where !skipped.contains(index) { hasher.add(bytes[index]) }
      return hasher.value & 0xFFFF_FFFF
    }
    keys.append(key(skipping: 0..<0))
    for character in 0..<(starts.count - 1) {
      keys.append(key(skipping: starts[character]..<starts[character + 1]))
    }
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
