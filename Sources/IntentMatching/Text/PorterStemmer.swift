/// The Porter (1980) suffix-stripping stemmer for English, in pure Swift.
///
/// Works on lowercase ASCII words; anything else is returned unchanged. Words of two letters or
/// fewer are not stemmed.
public enum PorterStemmer {
  /// The stem of `word` (`connections` → `connect`, `running` → `run`).
  public static func stem(_ word: String) -> String {
    let bytes = Array(word.utf8)
    guard bytes.count > 2, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
    var state = State(bytes)
    state.run()
    return String(decoding: state.b[0..<state.k], as: UTF8.self)
  }

  private struct State {
    var b: [UInt8]
    /// Length of the current word.
    var k: Int
    /// End of the stem before a suffix under test.
    var j = 0

    init(_ bytes: [UInt8]) {
      b = bytes
      k = bytes.count
    }

    mutating func run() {
      step1ab()
      if k > 2 {
        step1c()
        step2()
        step3()
        step4()
        step5()
      }
    }

    func isConsonant(_ i: Int) -> Bool {
      switch b[i] {
      case 97, 101, 105, 111, 117: return false
      case 121: return i == 0 ? true : !isConsonant(i - 1)
      default: return true
      }
    }

    /// The number of VC sequences in b[0..<j].
    func measure() -> Int {
      var n = 0
      var i = 0
      while true {
        if i >= j { return n }
        if !isConsonant(i) { break }
        i += 1
      }
      i += 1
      while true {
        while true {
          if i >= j { return n }
          if isConsonant(i) { break }
          i += 1
        }
        i += 1
        n += 1
        while true {
          if i >= j { return n }
          if !isConsonant(i) { break }
          i += 1
        }
        i += 1
      }
    }

    func vowelInStem() -> Bool {
      (0..<j).contains { !isConsonant($0) }
    }

    func doubleConsonant(_ i: Int) -> Bool {
      i >= 1 && b[i] == b[i - 1] && isConsonant(i)
    }

    /// consonant-vowel-consonant ending at i, the last not w, x or y.
    func cvc(_ i: Int) -> Bool {
      if i < 2 || !isConsonant(i) || isConsonant(i - 1) || !isConsonant(i - 2) { return false }
      return b[i] != 119 && b[i] != 120 && b[i] != 121
    }

    // Suffixes and replacements are `StaticString`s, read in place: a `String` made an array
    // of its bytes at every test, and a word not seen in training is stemmed on each line.
    // (`withUTF8Buffer` also reads a one-letter literal, which may be kept as a scalar.)
    mutating func ends(_ suffix: StaticString) -> Bool {
      let start = suffix.withUTF8Buffer { s -> Int? in
        guard s.count <= k, !s.indices.contains(where: { b[k - s.count + $0] != s[$0] }) else {
          return nil
        }
        return k - s.count
      }
      guard let start else { return false }
      j = start
      return true
    }

    mutating func setTo(_ replacement: StaticString) {
      replacement.withUTF8Buffer { r in
        b.replaceSubrange(j..<k, with: r)
        k = j + r.count
      }
      b.removeSubrange(k...)
    }

    mutating func replace(_ replacement: StaticString) {
      if measure() > 0 { setTo(replacement) }
    }

    mutating func step1ab() {
      if b[k - 1] == 115 {  // s
        if ends("sses") {
          k -= 2
        } else if ends("ies") {
          setTo("i")
        } else if k >= 2, b[k - 2] != 115 {
          k -= 1
        }
        b.removeSubrange(k...)
      }
      if ends("eed") {
        if measure() > 0 {
          k -= 1
          b.removeSubrange(k...)
        }
      } else if (ends("ed") || ends("ing")) && vowelInStem() {
        k = j
        b.removeSubrange(k...)
        if ends("at") {
          setTo("ate")
        } else if ends("bl") {
          setTo("ble")
        } else if ends("iz") {
          setTo("ize")
        } else if doubleConsonant(k - 1) {
          let last = b[k - 1]
          if last != 108 && last != 115 && last != 122 {
            k -= 1
            b.removeSubrange(k...)
          }
        } else {
          j = k
          if measure() == 1 && cvc(k - 1) {
            setTo("e")
          }
        }
      }
    }

    mutating func step1c() {
      if ends("y") && vowelInStem() { b[k - 1] = 105 }
    }

    static let step2Rules: [(StaticString, StaticString)] = [
      ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"),
      ("izer", "ize"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"),
      ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
      ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
      ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ]

    mutating func step2() {
      for (suffix, replacement) in Self.step2Rules where ends(suffix) {
        replace(replacement)
        return
      }
    }

    static let step3Rules: [(StaticString, StaticString)] = [
      ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
      ("ful", ""), ("ness", ""),
    ]

    mutating func step3() {
      for (suffix, replacement) in Self.step3Rules where ends(suffix) {
        replace(replacement)
        return
      }
    }

    /// The suffixes of step 4, with whether it is `ion` (removed only after `s` or `t`).
    static let step4Suffixes: [(suffix: StaticString, isIon: Bool)] = [
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
      "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ].map { ($0, $0.description == "ion") }

    mutating func step4() {
      for (suffix, isIon) in Self.step4Suffixes where ends(suffix) {
        if isIon {
          guard j >= 1, b[j - 1] == 115 || b[j - 1] == 116 else { return }
        }
        if measure() > 1 {
          k = j
          b.removeSubrange(k...)
        }
        return
      }
    }

    mutating func step5() {
      j = k
      if b[k - 1] == 101 {  // e
        j = k - 1
        let m = measure()
        if m > 1 || (m == 1 && !cvc(k - 2)) {
          k -= 1
          b.removeSubrange(k...)
        }
      }
      j = k
      if b[k - 1] == 108 && doubleConsonant(k - 1) && measure() > 1 {
        k -= 1
        b.removeSubrange(k...)
      }
    }
  }
}
