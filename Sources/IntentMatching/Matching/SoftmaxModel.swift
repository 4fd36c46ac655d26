import Foundation

/// A multinomial logistic-regression model over sparse vectors, trained by deterministic SGD
/// (seeded shuffle, linearly decaying learning rate).
struct SoftmaxModel: Sendable {
  /// Training knobs.
  struct Parameters: Sendable {
    var epochs = 10
    var learningRate: Float = 4
    var biasRate: Float = 0.1
    var seed: UInt64 = 42
  }

  let classCount: Int
  let featureCount: Int
  /// Row-major `featureCount × classCount`.
  private(set) var weights: [Float]
  private(set) var bias: [Float]

  /// Trains on `samples` with `labels` (class indices); `repeats[i]` copies of sample i are used.
  init(
    samples: [SparseVector], labels: [Int], repeats: [Int], featureCount: Int, classCount: Int,
    parameters: Parameters = Parameters()
  ) {
    self.classCount = classCount
    self.featureCount = featureCount
    var weights = [Float](repeating: 0, count: max(1, featureCount * classCount))
    var bias = [Float](repeating: 0, count: classCount)
    var order: [Int] = []
    for (sample, count) in repeats.enumerated() {
      for _ in 0..<count { order.append(sample) }
    }
    var generator = SplitMix64(seed: parameters.seed)
    let total = Float(max(1, parameters.epochs * order.count))
    var step: Float = 0
    var probabilities = [Float](repeating: 0, count: classCount)
    weights.withUnsafeMutableBufferPointer { w in
      bias.withUnsafeMutableBufferPointer { b in
        probabilities.withUnsafeMutableBufferPointer { p in
          for _ in 0..<parameters.epochs {
            order.shuffle(using: &generator)
            for sample in order {
              let x = samples[sample]
              Self.softmax(x, UnsafeBufferPointer(w), UnsafeBufferPointer(b), classCount, p)
              p[labels[sample]] -= 1
              let rate = parameters.learningRate * (1 - step / total)
              step += 1
              for (position, feature) in x.indices.enumerated() {
                let row = w.baseAddress! + Int(feature) * classCount
                let scale = rate * x.values[position]
                for c in 0..<classCount { row[c] -= scale * p[c] }
              }
              let biasScale = rate * parameters.biasRate
              for c in 0..<classCount { b[c] -= biasScale * p[c] }
            }
          }
        }
      }
    }
    self.weights = weights
    self.bias = bias
  }

  /// The class probabilities of `x`.
  func probabilities(_ x: SparseVector) -> [Float] {
    var result = [Float](repeating: 0, count: classCount)
    weights.withUnsafeBufferPointer { w in
      bias.withUnsafeBufferPointer { b in
        result.withUnsafeMutableBufferPointer { p in
          Self.softmax(x, w, b, classCount, p)
        }
      }
    }
    return result
  }

  /// The weight of `feature` for class `label`.
  func weight(feature: Int32, label: Int) -> Float {
    weights[Int(feature) * classCount + label]
  }

  private static func softmax(
    _ x: SparseVector, _ w: UnsafeBufferPointer<Float>, _ b: UnsafeBufferPointer<Float>,
    _ classCount: Int, _ p: UnsafeMutableBufferPointer<Float>
  ) {
    for c in 0..<classCount { p[c] = b[c] }
    for (position, feature) in x.indices.enumerated() {
      let row = w.baseAddress! + Int(feature) * classCount
      let value = x.values[position]
      for c in 0..<classCount { p[c] += value * row[c] }
    }
    var maximum = -Float.infinity
    for c in 0..<classCount where p[c] > maximum { maximum = p[c] }
    var sum: Float = 0
    for c in 0..<classCount {
      p[c] = exp(p[c] - maximum)
      sum += p[c]
    }
    for c in 0..<classCount { p[c] /= sum }
  }
}

/// A small, fast, seedable random generator (SplitMix64) so training is the same on every run.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  /// Creates a generator from `seed`.
  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
