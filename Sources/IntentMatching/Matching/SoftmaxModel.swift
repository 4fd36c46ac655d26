import Foundation

/// A multinomial logistic-regression model over sparse vectors, trained by deterministic SGD
/// (seeded shuffle, linearly decaying learning rate). Classes are stored in blocks of eight
/// (`SIMD8<Float>`); padding lanes have a bias of -1e30 so their probability is zero.
struct SoftmaxModel: Sendable {
  /// Training knobs.
  struct Parameters: Sendable {
    var epochs = 6
    var learningRate: Float = 4
    var biasRate: Float = 0.1
    var seed: UInt64 = 42
    /// A sample predicted this surely skips the next two epochs (`> 1` never skips).
    var confidentProbability: Float = 0.99
  }

  typealias Block = SIMD8<Float>

  let classCount: Int
  let blockCount: Int
  let featureCount: Int
  /// Row-major `featureCount × blockCount` (a snapshot keeps them in this form).
  private(set) var weights: [Block]
  private(set) var bias: [Block]

  /// Gradient entries smaller than this are skipped (keeps updates sparse once trained).
  static let gradientFloor: Float = 1e-5

  /// Trains on `samples` with `labels` (class indices); `repeats[i]` copies of sample i are used.
  init(
    samples: [SparseVector], labels: [Int], repeats: [Int], featureCount: Int, classCount: Int,
    parameters: Parameters = Parameters()
  ) {
    self.classCount = classCount
    self.featureCount = featureCount
    let blockCount = max(1, (classCount + 7) / 8)
    self.blockCount = blockCount
    var weights = [Block](repeating: Block(), count: max(1, featureCount * blockCount))
    var bias = [Block](repeating: Block(), count: blockCount)
    for lane in classCount..<(blockCount * 8) { bias[lane / 8][lane % 8] = -1e30 }
    var order: [Int32] = []
    for (sample, count) in repeats.enumerated() {
      for _ in 0..<count { order.append(Int32(sample)) }
    }
    var generator = SplitMix64(seed: parameters.seed)
    let total = Float(max(1, parameters.epochs * order.count))
    var step: Float = 0
    var scores = [Block](repeating: Block(), count: blockCount)
    var active: [Int] = []
    active.reserveCapacity(blockCount)
    // A sample its class already wins with `confidentProbability` sits out two epochs
    // (its gradient is tiny); then it is checked again (shrinking, as in liblinear).
    var restingUntil = [Int32](repeating: -1, count: samples.count)
    weights.withUnsafeMutableBufferPointer { w in
      bias.withUnsafeMutableBufferPointer { b in
        scores.withUnsafeMutableBufferPointer { p in
          for epoch in 0..<parameters.epochs {
            order.shuffle(using: &generator)
            for sample in order {
              let rate = parameters.learningRate * (1 - step / total)
              step += 1
              if restingUntil[Int(sample)] >= Int32(epoch) { continue }
              let x = samples[Int(sample)]
              let label = labels[Int(sample)]
              Self.scores(x, UnsafeBufferPointer(w), UnsafeBufferPointer(b), blockCount, p)
              Self.softmax(p, blockCount)
              if p[label / 8][label % 8] >= parameters.confidentProbability {
                restingUntil[Int(sample)] = Int32(epoch + 2)
              }
              p[label / 8][label % 8] -= 1
              active.removeAll(keepingCapacity: true)
              let floor = Block(repeating: Self.gradientFloor)
              for block in 0..<blockCount
              where any(p[block] .> floor .| p[block] .< -floor) {
                active.append(block)
              }
              for (position, feature) in x.indices.enumerated() {
                let row = w.baseAddress! + Int(feature) * blockCount
                let scale = Block(repeating: rate * x.values[position])
                for block in active { row[block] -= scale * p[block] }
              }
              let biasScale = Block(repeating: rate * parameters.biasRate)
              for block in active { b[block] -= biasScale * p[block] }
            }
          }
        }
      }
    }
    self.bias = bias
    self.weights = weights
  }

  /// A trained model restored from a snapshot's weight blocks, kept as they are (no copy).
  init(classCount: Int, featureCount: Int, weights: [Block], flatBias: [Float]) {
    self.classCount = classCount
    self.featureCount = featureCount
    blockCount = max(1, (classCount + 7) / 8)
    self.weights = weights
    bias = Self.blocks(flatBias)
  }

  /// The biases as plain floats, `blockCount × 8`.
  var flatBias: [Float] { Self.floats(bias) }

  private static func floats(_ blocks: [Block]) -> [Float] {
    blocks.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: Float.self) { Array($0) }
    }
  }

  private static func blocks(_ floats: [Float]) -> [Block] {
    var blocks = [Block](repeating: Block(), count: max(1, floats.count / 8))
    blocks.withUnsafeMutableBufferPointer { buffer in
      buffer.withMemoryRebound(to: Float.self) { target in
        floats.withUnsafeBufferPointer { source in
          _ = target.initialize(fromContentsOf: source)
        }
      }
    }
    return blocks
  }

  /// The class probabilities of `x`, with `extra` scores added before the softmax.
  func probabilities(
    _ x: SparseVector, adding extra: (UnsafeMutableBufferPointer<Block>) -> Void = { _ in }
  ) -> [Float] {
    withProbabilities(x, adding: extra) { Array($0) }
  }

  /// `body` given the `classCount` probabilities of `x`, worked out in a buffer on the stack;
  /// `extra` adds scores from outside the sparse features (``MeaningBlock``) before the softmax.
  func withProbabilities<Result>(
    _ x: SparseVector, adding extra: (UnsafeMutableBufferPointer<Block>) -> Void = { _ in },
    _ body: (UnsafeBufferPointer<Float>) -> Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: Block.self, capacity: blockCount) { p in
      weights.withUnsafeBufferPointer { w in
        bias.withUnsafeBufferPointer { b in Self.scores(x, w, b, blockCount, p) }
      }
      extra(p)
      Self.softmax(p, blockCount)
      return UnsafeBufferPointer(p).withMemoryRebound(to: Float.self) {
        body(UnsafeBufferPointer(rebasing: $0.prefix(classCount)))
      }
    }
  }

  /// The model without the rows of features `featureCount...`, and those rows (a block of
  /// features trained with the rest but scored apart, see ``MeaningBlock``).
  func splitting(at featureCount: Int) -> (model: SoftmaxModel, rows: [Block]) {
    let cut = featureCount * blockCount
    return (
      SoftmaxModel(
        classCount: classCount, featureCount: featureCount,
        weights: cut == 0 ? [Block()] : Array(weights[..<cut]), flatBias: flatBias),
      Array(weights[cut...])
    )
  }

  /// The weight of `feature` for class `label`.
  func weight(feature: Int32, label: Int) -> Float {
    weights[Int(feature) * blockCount + label / 8][label % 8]
  }

  /// `bias + Σ value × row` for the features of `x`, into `p`. Six blocks at a time stay in
  /// registers while every feature row is added (the rows stay in cache between the passes):
  /// 150 classes take four passes over the features, where four blocks at a time took seven.
  /// Each class's sum adds the features in the same order either way.
  static func scores(
    _ x: SparseVector, _ w: UnsafeBufferPointer<Block>, _ b: UnsafeBufferPointer<Block>,
    _ blockCount: Int, _ p: UnsafeMutableBufferPointer<Block>
  ) {
    x.indices.withUnsafeBufferPointer { indices in
      x.values.withUnsafeBufferPointer { values in
        let base = w.baseAddress!
        var start = 0
        while start + 6 <= blockCount {
          var (a0, a1, a2) = (b[start], b[start + 1], b[start + 2])
          var (a3, a4, a5) = (b[start + 3], b[start + 4], b[start + 5])
          for position in 0..<indices.count {
            let row = base + Int(indices[position]) * blockCount + start
            let value = Block(repeating: values[position])
            a0 += value * row[0]
            a1 += value * row[1]
            a2 += value * row[2]
            a3 += value * row[3]
            a4 += value * row[4]
            a5 += value * row[5]
          }
          (p[start], p[start + 1], p[start + 2]) = (a0, a1, a2)
          (p[start + 3], p[start + 4], p[start + 5]) = (a3, a4, a5)
          start += 6
        }
        while start + 2 <= blockCount {
          var (a0, a1) = (b[start], b[start + 1])
          for position in 0..<indices.count {
            let row = base + Int(indices[position]) * blockCount + start
            let value = Block(repeating: values[position])
            a0 += value * row[0]
            a1 += value * row[1]
          }
          (p[start], p[start + 1]) = (a0, a1)
          start += 2
        }
        for block in start..<blockCount {
          var sum = b[block]
          for position in 0..<indices.count {
            let row = base + Int(indices[position]) * blockCount
            sum += Block(repeating: values[position]) * row[block]
          }
          p[block] = sum
        }
      }
    }
  }

  /// Turns scores into probabilities in place; blocks 30 below the maximum become zero. The same
  /// function serves training and every classification, so a decision, its explanation and
  /// calibration all see the same figures.
  static func softmax(_ p: UnsafeMutableBufferPointer<Block>, _ blockCount: Int) {
    var maxima = p[0]
    for block in 1..<max(1, blockCount) {
      maxima.replace(with: p[block], where: p[block] .> maxima)
    }
    var maximum = maxima[0]
    for lane in 1..<8 where maxima[lane] > maximum { maximum = maxima[lane] }
    let cutoff = Block(repeating: maximum - 30)
    var sum: Float = 0
    for block in 0..<blockCount {
      var values = p[block]
      if !any(values .> cutoff) {
        p[block] = Block()
        continue
      }
      values = VectorExponential.exp(values - Block(repeating: maximum))
      p[block] = values
      sum += values.sum()
    }
    let inverse = Block(repeating: 1 / sum)
    for block in 0..<blockCount { p[block] *= inverse }
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
