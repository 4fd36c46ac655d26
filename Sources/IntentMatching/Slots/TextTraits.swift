/// What one pass over a line's bytes tells the slot recognisers before any expression runs:
/// every line is classified with its slots, and most have no digit, no `@` and no date word,
/// so most run no expression at all.
struct TextTraits {
  /// ASCII digits in the line.
  var digits = 0
  /// Whether it has an `@`.
  var hasAt = false
  /// Whether it has a `-` (a date separator).
  var hasHyphen = false
  /// Whether it has a `/` (a date separator).
  var hasSlash = false
  /// Whether it has a byte outside ASCII.
  var hasNonASCII = false
  /// Whether it may hold a relative date word: `today`, `tomorrow` or `yesterday` in any case
  /// (inside a longer word too: the expression checks the word's ends), or 日, which every
  /// Japanese one (今日, 本日, 明日, 昨日) has.
  var mayHaveRelativeWord = false
  /// The line's bytes with ASCII letters lower-cased; empty when the line has neither a digit nor
  /// an `@`, as no recogniser that asks ``contains(_:)`` runs then (most lines).
  var folded: [UInt8] = []

  init(_ text: String) {
    // Read in place: stepping through `text.utf8` cost four times as much, on every line.
    let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      scan(bytes)
    }
    if read == nil { Array(text.utf8).withUnsafeBufferPointer { scan($0) } }
  }

  /// A number with `byte` in each of its eight bytes.
  private static func repeated(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }
  private static let highBits = repeated(0x80)

  /// Whether one of the eight bytes of `word` is `byte` (exact: a byte that is not `byte` never
  /// counts, whatever its neighbours).
  private static func has(_ byte: UInt8, in word: UInt64) -> Bool {
    let difference = word ^ repeated(byte)
    return (difference &- repeated(0x01)) & ~difference & highBits != 0
  }

  /// Eight bytes at a time, read as one number: ORs and masks answer for all eight (digits are
  /// counted with one population count), and only a run of eight with a `y` or `w` in it (the
  /// last letter of every English relative word) is looked at byte by byte. A line is read once
  /// here for every recogniser, where a byte-by-byte loop cost 1,500 instructions a line.
  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
    var digits = 0
    var any: UInt64 = 0
    var at = false
    var hyphen = false
    var slash = false
    var relative = false
    var start = 0
    while start < bytes.count {
      let length = min(8, bytes.count - start)
      var word: UInt64 = 0
      if length == 8 {
        word = UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self)
      } else {
        let tail = UnsafeRawBufferPointer(bytes)[start..<(start + length)]
        withUnsafeMutableBytes(of: &word) {
          $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: tail))
        }
      }
      word = UInt64(littleEndian: word)
      any |= word
      // Bytes of at least 0x30 and at least 0x3A, among the ASCII ones (seven bits each, so
      // adding never carries into the next byte).
      let ascii = word & Self.repeated(0x7F)
      let fromZero = ascii &+ Self.repeated(0x80 - 0x30)
      let pastNine = ascii &+ Self.repeated(0x80 - 0x3A)
      digits &+= (fromZero & ~pastNine & ~word & Self.highBits).nonzeroBitCount
      at = at || Self.has(0x40, in: word)
      hyphen = hyphen || Self.has(0x2D, in: word)
      slash = slash || Self.has(0x2F, in: word)
      let lowered = word | Self.repeated(0x20)
      if !relative, Self.has(0x79, in: lowered) || Self.has(0x77, in: lowered) {
        for end in start..<(start + length) where Self.endsRelativeWord(bytes, at: end) {
          relative = true
        }
      }
      start += 8
    }
    self.digits = digits
    hasAt = at
    hasHyphen = hyphen
    hasSlash = slash
    hasNonASCII = any & Self.highBits != 0
    mayHaveRelativeWord = relative || (hasNonASCII && Self.containsDay(bytes))
    guard digits > 0 || hasAt else { return }
    folded = bytes.map { $0 &- 65 <= 25 ? $0 + 32 : $0 }
  }

  /// Whether `today`, `tomorrow` or `yesterday`, in any case, ends at `end` in `bytes`.
  private static func endsRelativeWord(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
    switch bytes[end] | 0x20 {
    case 0x79: ends("today", bytes, end) || ends("yesterday", bytes, end)
    case 0x77: ends("tomorrow", bytes, end)
    default: false
    }
  }

  /// Whether the lower-case ASCII `word` ends at `end` in `bytes`, ignoring ASCII case (setting
  /// bit 5 lower-cases a letter and turns no other byte into one).
  private static func ends(_ word: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int)
    -> Bool
  {
    let count = word.utf8CodeUnitCount
    guard end + 1 >= count else { return false }
    let letters = word.utf8Start
    let first = end + 1 - count
    for offset in 0..<count where bytes[first + offset] | 0x20 != letters[offset] { return false }
    return true
  }

  /// Whether `bytes` hold 日 (E6 97 A5 in UTF-8).
  private static func containsDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.contains(subsequence: [0xE6, 0x97, 0xA5])
  }

  /// Whether the lower-cased ASCII `needle` occurs in the line, ignoring case.
  func contains(_ needle: StaticString) -> Bool {
    folded.contains(
      subsequence: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
  }
}
