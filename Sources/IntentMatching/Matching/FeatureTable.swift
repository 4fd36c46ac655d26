/// An open-addressing hash table from feature hashes to vocabulary indices: faster than
/// `Dictionary` for the lookups done on every utterance (the keys are already well mixed).
struct FeatureTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private(set) var count = 0

  /// Creates an empty table.
  init() {
    keys = [UInt64](repeating: 0, count: 1024)
    values = [Int32](repeating: -1, count: 1024)
    mask = 1023
  }

  /// The value for `key`, if present.
  func value(for key: UInt64) -> Int32? {
    var slot = Self.slot(key, mask)
    while true {
      let value = values[slot]
      if value < 0 { return nil }
      if keys[slot] == key { return value }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `value` for a key not yet present.
  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    var slot = Self.slot(key, mask)
    while values[slot] >= 0 { slot = (slot + 1) & mask }
    keys[slot] = key
    values[slot] = value
    count += 1
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [Int32](repeating: -1, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for (key, value) in zip(oldKeys, oldValues) where value >= 0 { insert(key, value) }
  }

  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }
}
