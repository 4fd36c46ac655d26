import Foundation

extension FeatureExtractor {
  /// The features of an all-ASCII line (in compatibility form), read from its bytes: each byte
  /// goes through ``TextNormalizer/wordByte(ascii:)`` (letters lower-cased, apostrophes dropped,
  /// any other character ends a word) into a buffer on the stack, and each word is looked up by
  /// the hash of its bytes, so a line of vocabulary words builds no string, no token and no token
  /// array.
  /// A word outside the vocabulary goes through ``appendWord(_:known:at:naming:line:to:)`` as
  /// a token would. The features are those of ``tokenFeatures(ofCompatible:naming:)``, in the
  /// same order (tests hold the two equal); nil when the line has a byte outside ASCII or a word
  /// that may start a synonym, which the tokens then serve.
  func asciiFeatures(_ text: String) -> ExtractedFeatures? {
    var text = text
    return text.withUTF8 { line -> ExtractedFeatures? in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, line.count)) { word in
        var result = ExtractedFeatures()
        // Room for every n-gram, unigram and bigram a line of this length can have, so the
        // array is allocated once.
        result.hits.reserveCapacity((line.count + 2) * (gramSizes.count + 2))
        if wordVectors != nil { result.meaning.reserveCapacity(line.count / 2 + 1) }
        var state = LineState()
        var position = 0
        var length = 0
        for byte in line {
          if byte >= 0x80 { return nil }
          let kept = TextNormalizer.wordByte(ascii: byte)
          if kept == TextNormalizer.droppedByte { continue }
          if kept != TextNormalizer.wordBreak {
            word[length] = kept
            length += 1
            continue
          }
          guard length > 0 else { continue }
          let bytes = UnsafeBufferPointer(rebasing: word[..<length])
          guard appendASCIIWord(bytes, at: position, line: &state, to: &result) else {
            return nil
          }
          position += 1
          length = 0
        }
        if length > 0 {
          let bytes = UnsafeBufferPointer(rebasing: word[..<length])
          guard appendASCIIWord(bytes, at: position, line: &state, to: &result) else {
            return nil
          }
        }
        return result
      }
    }
  }

  /// Appends the features of the word `bytes`, the `position`th of its line; false when the
  /// word may start a synonym.
  private func appendASCIIWord(
    _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, line: inout LineState,
    to result: inout ExtractedFeatures
  ) -> Bool {
    var hasher = FeatureHasher()
    hasher.add(bytes: bytes)
    if !synonyms.isEmpty && synonyms.mayStartVariant(hash: hasher.value) { return false }
    if let known = knownPosition(hash: hasher.value, bytes: bytes) {
      appendKnown(known, token: Int32(position), line: &line, to: &result)
    } else {
      let token = Token(String(decoding: bytes, as: UTF8.self), .word)
      appendWord(token, known: nil, at: position, naming: false, line: &line, to: &result)
    }
    return true
  }

  /// Where the vocabulary word with bytes `bytes` (FNV-1a hash `hash`) is in ``words``.
  func knownPosition(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let position = wordIndex.value(for: hash) else { return nil }
    let word = words[Int(position)].word.utf8
    guard word.count == bytes.count else { return nil }
    let same =
      word.withContiguousStorageIfAvailable { stored in
        memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
      } ?? word.elementsEqual(bytes)
    return same ? Int(position) : nil
  }
}
