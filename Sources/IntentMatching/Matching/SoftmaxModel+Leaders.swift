extension SoftmaxModel {
  /// What a decision needs from the class probabilities: the most probable class other than an
  /// excluded one (the out-of-scope class), its probability, the runner-up's, and the excluded
  /// class's own.
  struct Leaders: Equatable {
    /// The most probable class (the first of equals); -1 when no class but the excluded one.
    var best: Int
    var probability: Float
    /// The highest probability of the other classes (0 when there is none).
    var runnerUp: Float
    /// The excluded class's probability (0 when none is excluded).
    var excluded: Float
  }

  /// The leaders of `x`'s probabilities, worked out on the stack: a classification allocates no
  /// probability array.
  func leaders(_ x: SparseVector, excluding excluded: Int?) -> Leaders {
    withUnsafeTemporaryAllocation(of: Block.self, capacity: blockCount) { p in
      weights.withUnsafeBufferPointer { w in
        bias.withUnsafeBufferPointer { b in Self.scores(x, w, b, blockCount, p) }
      }
      Self.softmax(p, blockCount)
      return Self.leaders(of: UnsafeBufferPointer(p), classCount: classCount, excluding: excluded)
    }
  }

  /// The leaders of the probabilities `p` (`classCount` classes in blocks of eight), in one pass
  /// over the classes in order.
  static func leaders(
    of p: UnsafeBufferPointer<Block>, classCount: Int, excluding excluded: Int?
  ) -> Leaders {
    p.withMemoryRebound(to: Float.self) { probabilities in
      // Probabilities are at least 0, so -1 stands for "none yet".
      var best = -1
      var top: Float = -1
      var second: Float = -1
      func visit(_ labels: Range<Int>) {
        for label in labels {
          let value = probabilities[label]
          guard value > second else { continue }
          if value > top {
            (best, top, second) = (label, value, top)
          } else {
            second = value
          }
        }
      }
      if let excluded, excluded < classCount {
        visit(0..<excluded)
        visit((excluded + 1)..<classCount)
      } else {
        visit(0..<classCount)
      }
      let excludedProbability = excluded.map { probabilities[$0] } ?? 0
      guard best >= 0 else {
        return Leaders(best: -1, probability: 0, runnerUp: 0, excluded: excludedProbability)
      }
      return Leaders(
        best: best, probability: top, runnerUp: max(0, second), excluded: excludedProbability)
    }
  }
}
