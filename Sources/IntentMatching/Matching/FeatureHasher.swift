/// 64-bit FNV-1a hashing of feature names, so features are looked up without building strings
/// (also the name of a cached matcher, from the catalog files).
struct FeatureHasher {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Starts an empty hash.
  init() {}

  /// Starts a hash for a feature of `kind` (`w`, `b`, `c`, `j`).
  init(kind: UInt8) { add(kind) }

  /// Continues a hash from the state `value` (a prefix shared by many features).
  init(continuing value: UInt64) { self.value = value }

  /// Adds one byte.
  mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  /// Adds a Unicode scalar's value (one byte for ASCII).
  mutating func add(scalar: UInt32) {
    if scalar < 0x80 {
      add(UInt8(scalar))
    } else {
      add(UInt8(truncatingIfNeeded: scalar >> 16) | 0x80)
      add(UInt8(truncatingIfNeeded: scalar >> 8))
      add(UInt8(truncatingIfNeeded: scalar))
    }
  }

  /// Adds `bytes`.
  mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
    var value = self.value
    for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    self.value = value
  }

  /// Adds every byte of a string's UTF-8 form, read in place (stepping through `utf8` cost
  /// several times as much: every feature of a line and every byte of the catalog pass here).
  mutating func add(_ text: String) {
    // A string without contiguous UTF-8 storage (one bridged from elsewhere) is read byte by byte.
    if text.utf8.withContiguousStorageIfAvailable({ add(bytes: $0) }) == nil {
      for byte in text.utf8 { add(byte) }
    }
  }
}
