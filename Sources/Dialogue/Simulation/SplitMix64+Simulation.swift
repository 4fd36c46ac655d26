import Office

extension SplitMix64 {
  /// A uniform integer in `0..<upperBound`.
  public mutating func below(_ upperBound: Int) -> Int {
    int(0...(upperBound - 1))
  }

  /// `true` with probability `probability` (0...1).
  public mutating func chance(_ probability: Double) -> Bool {
    Double(next() >> 11) / Double(1 << 53) < probability
  }
}
