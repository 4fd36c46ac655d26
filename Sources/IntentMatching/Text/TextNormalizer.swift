import Foundation

/// Normalises utterances before matching: Unicode NFKC (full-width → ASCII, half-width katakana →
/// full-width), case folding, punctuation (ASCII and Japanese `、。？！「」`) to spaces, apostrophes
/// dropped (`what's` → `whats`), runs of spaces collapsed.
public enum TextNormalizer {
  /// The normalised form of `text`.
  public static func normalize(_ text: String) -> String {
    normalize(compatible: compatibilityForm(text))
  }

  /// `text` in Unicode compatibility form (NFKC); ASCII text is returned as it is.
  static func compatibilityForm(_ text: String) -> String {
    isASCII(text) ? text : text.precomposedStringWithCompatibilityMapping
  }

  /// Whether `text` is all ASCII, read eight bytes at a time in place: every line is asked, twice.
  static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      if let base = UnsafeRawPointer(bytes.baseAddress) {
        while index + 8 <= bytes.count {
          let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if word & 0x8080_8080_8080_8080 != 0 { return false }
          index += 8
        }
      }
      while index < bytes.count {
        if bytes[index] >= 0x80 { return false }
        index += 1
      }
      return true
    }
  }

  /// The normalised form of `text`, already in compatibility form (``compatibilityForm(_:)``):
  /// a line is classified and searched for slots from one NFKC pass.
  static func normalize(compatible text: String) -> String {
    if isASCII(text) { return normalizeASCII(text) }
    let folded = text.lowercased()
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      if scalar == "'" || scalar == "\u{2019}" { continue }
      if isWordScalar(scalar) {
        if pendingSpace, !scalars.isEmpty { scalars.append(" ") }
        pendingSpace = false
        scalars.append(scalar)
      } else {
        pendingSpace = true
      }
    }
    return String(scalars)
  }

  /// Whether the scalar belongs to a word (letters, digits, marks, the long-vowel sign).
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 48 && value <= 57) || (value >= 97 && value <= 122)
        || (value >= 65 && value <= 90)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark:
      return true
    default:
      return false
    }
  }

  /// The ASCII case, written straight into the result's storage (one allocation, none for a
  /// result of up to 15 bytes, which Swift keeps inline).
  private static func normalizeASCII(_ text: String) -> String {
    var text = text
    return text.withUTF8 { source in
      String(unsafeUninitializedCapacity: source.count) { target in
        var count = 0
        var pendingSpace = false
        for byte in source {
          let kept = wordByte(ascii: byte)
          if kept == droppedByte { continue }
          if kept == wordBreak {
            pendingSpace = true
            continue
          }
          if pendingSpace, count > 0 {
            target[count] = 32
            count += 1
          }
          pendingSpace = false
          target[count] = kept
          count += 1
        }
        return count
      }
    }
  }

  /// What normalising does with one ASCII byte: a letter or digit stays in its word
  /// (lower-cased), an apostrophe is dropped (``droppedByte``: `what's` → `whats`), anything else
  /// ends the word (``wordBreak``). The one statement of the rule, for the normalised string and
  /// for the features read straight from a line's bytes (``FeatureExtractor/asciiFeatures(_:)``).
  static func wordByte(ascii byte: UInt8) -> UInt8 {
    switch byte {
    case 39: droppedByte
    case 65...90: byte | 0x20
    case 97...122, 48...57: byte
    default: wordBreak
    }
  }

  /// ``wordByte(ascii:)``'s answers for a byte that is not kept.
  static let droppedByte: UInt8 = 0
  static let wordBreak: UInt8 = 32
}
