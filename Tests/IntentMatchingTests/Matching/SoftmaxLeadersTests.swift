import Testing

@testable import IntentMatching

/// The one-pass search for a decision's leaders gives what the decision's first loop over the
/// probabilities gave: the first of equal maxima, the runner-up's value (which may equal the
/// best's), the excluded class left out.
@Suite struct SoftmaxLeadersTests {
  /// The plain loop the decision used before (best, second as in a single pass).
  private static func reference(_ p: [Float], excluding excluded: Int?) -> SoftmaxModel.Leaders {
    var best = -1
    var second = -1
    for label in p.indices where label != excluded {
      if best < 0 || p[label] > p[best] {
        second = best
        best = label
      } else if second < 0 || p[label] > p[second] {
        second = label
      }
    }
    return SoftmaxModel.Leaders(
      best: best, probability: best >= 0 ? p[best] : 0,
      runnerUp: second >= 0 ? p[second] : 0, excluded: excluded.map { p[$0] } ?? 0)
  }

  private static func leaders(_ p: [Float], excluding excluded: Int?) -> SoftmaxModel.Leaders {
    p.withUnsafeBufferPointer { SoftmaxModel.leaders(of: $0, excluding: excluded) }
  }

  @Test func matchesThePlainLoopOnRandomAndTiedProbabilities() {
    var generator = SplitMix64(seed: 9)
    for round in 0..<3000 {
      let count = 1 + Int(generator.next() % 40)
      // Few distinct values make ties common.
      let levels = 1 + Int(generator.next() % 6)
      let p = (0..<count).map { _ in Float(generator.next() % UInt64(levels)) / 8 }
      let excluded: Int? = generator.next() % 3 == 0 ? Int(generator.next() % UInt64(count)) : nil
      #expect(
        Self.leaders(p, excluding: excluded) == Self.reference(p, excluding: excluded),
        "round \(round): \(p), excluding \(String(describing: excluded))")
    }
  }

  @Test func onlyTheExcludedClassGivesNoBest() {
    let result = Self.leaders([0.7], excluding: 0)
    #expect(result == SoftmaxModel.Leaders(best: -1, probability: 0, runnerUp: 0, excluded: 0.7))
  }
}
