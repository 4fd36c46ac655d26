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
  func leaders(
    _ x: SparseVector, excluding excluded: Int?,
    adding extra: (UnsafeMutableBufferPointer<Block>) -> Void = { _ in }
  ) -> Leaders {
    withProbabilities(x, adding: extra) { Self.leaders(of: $0, excluding: excluded) }
  }

  /// The leaders of `probabilities` (one per class), in one pass over the classes in order.
  static func leaders(
    of probabilities: UnsafeBufferPointer<Float>, excluding excluded: Int?
  ) -> Leaders {
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
    if let excluded, excluded < probabilities.count {
      visit(0..<excluded)
      visit((excluded + 1)..<probabilities.count)
    } else {
      visit(0..<probabilities.count)
    }
    let excludedProbability = excluded.map { probabilities[$0] } ?? 0
    guard best >= 0 else {
      return Leaders(best: -1, probability: 0, runnerUp: 0, excluded: excludedProbability)
    }
    return Leaders(
      best: best, probability: top, runnerUp: max(0, second), excluded: excludedProbability)
  }
}
