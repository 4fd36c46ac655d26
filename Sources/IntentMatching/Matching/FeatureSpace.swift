import Foundation

/// A sparse, L2-normalised feature vector.
struct SparseVector: Sendable {
  /// Feature indices, each once: ascending for a training document, in order of first
  /// occurrence for an utterance.
  var indices: [Int32] = []
  /// Values, parallel to `indices`.
  var values: [Float] = []
}

/// The vocabulary of features seen in training (by name hash), with inverse document frequencies.
struct FeatureSpace: Sendable {
  /// A document reduced to vocabulary indices and kind scales, before weighting.
  typealias Document = [(index: Int32, scale: Float)]

  private var index = FeatureTable()
  private var keys: [UInt64] = []
  private var prunable: [Bool] = []
  private var documentFrequency: [Int32] = []
  private var documentCount = 0
  /// Index → inverse document frequency (set by ``finish()``).
  private(set) var idf: [Float] = []

  /// The number of features.
  var count: Int { keys.count }

  /// The feature hashes in vocabulary order (for a snapshot of a trained matcher).
  var featureKeys: [UInt64] { keys }

  init() {}

  /// A finished space restored from a snapshot: feature hashes in vocabulary order, their idf.
  init(keys: [UInt64], idf: [Float]) {
    var table = FeatureTable(capacity: keys.count)
    for (position, key) in keys.enumerated() { table.insert(key, Int32(position)) }
    index = table
    self.keys = keys
    self.idf = idf
  }

  /// Adds a training document's features to the vocabulary; returns it as indices.
  mutating func add(_ hits: [FeatureHit]) -> Document {
    documentCount += 1
    var document: Document = []
    document.reserveCapacity(hits.count)
    for hit in hits {
      let position: Int32
      if let existing = index.value(for: hit.key) {
        position = existing
      } else {
        position = Int32(documentFrequency.count)
        index.insert(hit.key, position)
        keys.append(hit.key)
        prunable.append(hit.isCharacterGram)
        documentFrequency.append(0)
      }
      document.append((position, hit.scale))
    }
    var seen = document.map(\.index)
    seen.sort()
    var previous: Int32 = -1
    for position in seen where position != previous {
      documentFrequency[Int(position)] += 1
      previous = position
    }
    return document
  }

  /// Drops character n-grams seen in fewer than `minimumDocumentFrequency` training documents
  /// (word features are always kept), computes
  /// the inverse document frequencies, and returns `documents` re-indexed.
  mutating func finish(
    documents: [Document], minimumDocumentFrequency: Int
  ) -> [Document] {
    let total = Float(documentCount)
    var remap = [Int32](repeating: -1, count: keys.count)
    var table = FeatureTable()
    var kept: [UInt64] = []
    var frequencies: [Int32] = []
    for (position, key) in keys.enumerated()
    where !prunable[position] || documentFrequency[position] >= minimumDocumentFrequency {
      remap[position] = Int32(kept.count)
      table.insert(key, Int32(kept.count))
      kept.append(key)
      frequencies.append(documentFrequency[position])
    }
    index = table
    keys = kept
    prunable = []
    documentFrequency = frequencies
    idf = frequencies.map { log((total + 1) / (Float($0) + 1)) + 1 }
    return documents.map { document in
      document.compactMap { entry in
        let position = remap[Int(entry.index)]
        return position < 0 ? nil : (position, entry.scale)
      }
    }
  }

  /// The vocabulary index of a feature hash, if known.
  func position(of key: UInt64) -> Int32? { index.value(for: key) }

  /// The vector of `hits`; features outside the vocabulary are dropped. Repeats of a feature are
  /// merged through a small hash table on the stack, so entries come in the order their features
  /// first occur: sorting the hits to group them had cost as much as the dot product.
  func vector(_ hits: [FeatureHit]) -> SparseVector {
    var bits = 4
    while 1 << bits < hits.count * 2 { bits += 1 }
    let mask = (1 << bits) - 1
    // A slot holds the number of an entry or -1.
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1 << bits) { slots in
      withUnsafeTemporaryAllocation(of: VectorEntry.self, capacity: hits.count) { entries in
        slots.initialize(repeating: -1)
        var count = 0
        for hit in hits {
          guard let position = hit.position >= 0 ? hit.position : index.value(for: hit.key)
          else { continue }
          var slot = Int(
            truncatingIfNeeded: (UInt32(bitPattern: position) &* 0x9E37_79B1) >> (32 - bits))
          while slots[slot] >= 0, entries[Int(slots[slot])].index != position {
            slot = (slot + 1) & mask
          }
          if slots[slot] < 0 {
            slots[slot] = Int32(count)
            entries[count] = VectorEntry(index: position, repeats: 1, scale: hit.scale)
            count += 1
          } else {
            entries[Int(slots[slot])].repeats += 1
            entries[Int(slots[slot])].scale = min(entries[Int(slots[slot])].scale, hit.scale)
          }
        }
        let found = UnsafeBufferPointer(rebasing: entries[0..<count])
        var norm: Float = 0
        let values = found.map { entry in
          let value = weight(index: entry.index, repeats: entry.repeats, scale: entry.scale)
          norm += value * value
          return value
        }
        var vector = SparseVector(indices: found.map(\.index), values: values)
        normalize(&vector, norm)
        return vector
      }
    }
  }

  /// The vector of a document: sublinear term frequency × idf × kind scale, L2-normalised.
  func vector(_ document: Document) -> SparseVector {
    var packed = document.map { UInt64(UInt32($0.index)) << 32 | UInt64($0.scale.bitPattern) }
    return packed.withUnsafeMutableBufferPointer { vector(packed: $0) }
  }

  /// `packed` holds `index << 32 | scale bits` per hit; sorting it groups repeats of a feature,
  /// so a document's entries are ascending.
  private func vector(packed: UnsafeMutableBufferPointer<UInt64>) -> SparseVector {
    var packed = packed
    packed.sort()
    var vector = SparseVector()
    vector.indices.reserveCapacity(packed.count)
    vector.values.reserveCapacity(packed.count)
    var position = 0
    var norm: Float = 0
    while position < packed.count {
      let first = packed[position]
      let index = Int32(truncatingIfNeeded: first >> 32)
      let scale = Float(bitPattern: UInt32(truncatingIfNeeded: first))
      var repeats: Float = 0
      while position < packed.count, packed[position] >> 32 == first >> 32 {
        repeats += 1
        position += 1
      }
      let value = weight(index: index, repeats: repeats, scale: scale)
      vector.indices.append(index)
      vector.values.append(value)
      norm += value * value
    }
    normalize(&vector, norm)
    return vector
  }

  /// A feature's value before normalising: sublinear term frequency × idf × kind scale.
  private func weight(index: Int32, repeats: Float, scale: Float) -> Float {
    // log(1) is exactly 0, so a feature seen once skips the call with the same result.
    let frequency = repeats == 1 ? 1 : 1 + log(repeats)
    return frequency * idf[Int(index)] * scale
  }

  /// Scales `vector` to unit length, given the sum of its squared values.
  private func normalize(_ vector: inout SparseVector, _ norm: Float) {
    guard norm > 0 else { return }
    let scale = 1 / norm.squareRoot()
    for position in vector.values.indices { vector.values[position] *= scale }
  }
}

/// One feature of a line's vector while it is made: its index, how often it occurs and its
/// smallest kind scale.
private struct VectorEntry {
  var index: Int32
  var repeats: Float
  var scale: Float
}
