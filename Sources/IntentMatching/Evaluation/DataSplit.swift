/// Deterministic train/held-out splits of labelled data.
public enum DataSplit {
  /// Splits `examples` into training and held-out parts: a seeded shuffle, then the first
  /// `heldOutFraction` of the rows held out. The same seed gives the same split on every run.
  public static func split(
    _ examples: [LabelledExample], heldOutFraction: Double = 0.2, seed: UInt64 = 2026
  ) -> (training: [LabelledExample], heldOut: [LabelledExample]) {
    var generator = SplitMix64(seed: seed)
    var shuffled = examples
    for index in stride(from: shuffled.count - 1, to: 0, by: -1) {
      let other = Int(generator.next() % UInt64(index + 1))
      shuffled.swapAt(index, other)
    }
    let heldOutCount = Int((Double(shuffled.count) * heldOutFraction).rounded())
    return (Array(shuffled[heldOutCount...]), Array(shuffled[..<heldOutCount]))
  }
}
