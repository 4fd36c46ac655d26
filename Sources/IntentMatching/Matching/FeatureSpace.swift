import Foundation

/// A sparse, L2-normalised feature vector.
struct SparseVector: Sendable {
  /// Feature indices, ascending.
  var indices: [Int32] = []
  /// Values, parallel to `indices`.
  var values: [Float] = []
}

/// The vocabulary of features seen in training, with inverse document frequencies.
struct FeatureSpace: Sendable {
  /// Feature name → index.
  private(set) var index: [String: Int32] = [:]
  /// Index → feature name.
  private(set) var names: [String] = []
  /// Index → inverse document frequency.
  private(set) var idf: [Float] = []

  /// The number of features.
  var count: Int { names.count }

  /// Builds the vocabulary from the training documents' features.
  init(documents: [[RawFeature]]) {
    var documentFrequency: [Int] = []
    for document in documents {
      var seen = Set<Int32>()
      for feature in document {
        let position: Int32
        if let existing = index[feature.name] {
          position = existing
        } else {
          position = Int32(names.count)
          index[feature.name] = position
          names.append(feature.name)
          documentFrequency.append(0)
        }
        if seen.insert(position).inserted { documentFrequency[Int(position)] += 1 }
      }
    }
    let total = Float(documents.count)
    idf = documentFrequency.map { log((total + 1) / (Float($0) + 1)) + 1 }
  }

  /// The vector of `features` (sublinear term frequency × idf × kind scale, L2-normalised);
  /// features outside the vocabulary are dropped. `origins` receives each index's origin.
  func vector(
    _ features: [RawFeature],
    origins: UnsafeMutablePointer<[Int32: Explanation.Feature.Origin]>? = nil
  ) -> SparseVector {
    var counts: [(index: Int32, count: Float, scale: Float)] = []
    counts.reserveCapacity(features.count)
    for feature in features {
      guard let position = index[feature.name] else { continue }
      counts.append((position, 1, feature.scale))
      if let origins, origins.pointee[position] == nil || feature.origin != .exact {
        origins.pointee[position] = feature.origin
      }
    }
    counts.sort { $0.index < $1.index }
    var vector = SparseVector()
    vector.indices.reserveCapacity(counts.count)
    vector.values.reserveCapacity(counts.count)
    var position = 0
    var norm: Float = 0
    while position < counts.count {
      let current = counts[position]
      var repeats: Float = 0
      while position < counts.count, counts[position].index == current.index {
        repeats += 1
        position += 1
      }
      let value = (1 + log(repeats)) * idf[Int(current.index)] * current.scale
      vector.indices.append(current.index)
      vector.values.append(value)
      norm += value * value
    }
    if norm > 0 {
      let scale = 1 / norm.squareRoot()
      for position in vector.values.indices { vector.values[position] *= scale }
    }
    return vector
  }
}
