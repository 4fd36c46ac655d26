/// An open-addressing hash table from feature hashes to vocabulary indices: faster than
/// `Dictionary` for the lookups done on every utterance (the keys are already well mixed).
///
/// A key and its value sit side by side in one slot, so a lookup in a table too big for the
/// cache (CLINC150's has a quarter of a million slots) costs one miss instead of two.
struct FeatureTable: Sendable {
  private struct Slot {
    var key: UInt64
    /// The vocabulary index; negative for an empty slot.
    var value: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  /// Creates an empty table.
  init() {
    slots = [Slot](repeating: Slot(key: 0, value: -1), count: 1024)
    mask = 1023
  }

  /// Creates a table sized for `capacity` keys, so that filling it never grows it.
  init(capacity: Int) {
    var size = 1024
    while size < capacity * 2 { size *= 2 }
    slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
    mask = size - 1
  }

  /// The value for `key`, if present.
  func value(for key: UInt64) -> Int32? {
    slots.withUnsafeBufferPointer { slots in
      var slot = Self.slot(key, mask)
      while true {
        let entry = slots[slot]
        if entry.value < 0 { return nil }
        if entry.key == key { return entry.value }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Stores `value` for a key not yet present.
  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    var slot = Self.slot(key, mask)
    while slots[slot].value >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Slot(key: key, value: value)
    count += 1
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, value: -1), count: old.count * 2)
    mask = slots.count - 1
    count = 0
    for entry in old where entry.value >= 0 { insert(entry.key, entry.value) }
  }

  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }
}
