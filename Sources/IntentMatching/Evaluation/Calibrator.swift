/// Chooses the out-of-scope threshold and margin from labelled data.
///
/// Objective: the largest in-scope accuracy + out-of-scope recall among the settings that keep
/// in-scope accuracy within `budget` of what it is with no threshold at all. The out-of-scope rule
/// may therefore cost at most `budget` of in-scope accuracy, and within that it catches as many
/// out-of-scope rows as it can. Ties go to the lower margin; among the thresholds that tie, the
/// middle of the longest run of neighbouring thresholds is taken (the first such run when
/// several are as long), so a tie from 0.00 to 0.30 stores 0.15, not an end of the range.
public enum Calibrator {
  /// The outcome of a calibration.
  public struct Result: Sendable, Equatable {
    /// The chosen settings.
    public var settings: CatalogSettings
    /// The figures under the chosen settings.
    public var report: EvaluationReport
    /// In-scope accuracy with threshold and margin at zero (the reference for the budget).
    public var referenceInScopeAccuracy: Double
  }

  /// Thresholds tried: 0.00, 0.01, ..., 0.99.
  public static let thresholds = (0..<100).map { Double($0) / 100 }
  /// Margins tried: 0.00, 0.02, ..., 0.30.
  public static let margins = (0...15).map { Double($0) / 50 }
  /// The default in-scope accuracy the out-of-scope rule may cost.
  public static let defaultBudget = 0.005

  /// Calibrates from the matcher's `scores` on `examples`.
  public static func calibrate(
    scores: [DecisionScores], examples: [LabelledExample], budget: Double = defaultBudget
  ) -> Result {
    let expected = Evaluator.expectedIntents(examples)
    let inScopeCount = expected.filter { $0 != Match.outOfScope }.count
    let outOfScopeCount = expected.count - inScopeCount
    func figures(_ settings: CatalogSettings) -> (inScope: Double, outOfScope: Double) {
      var inScopeRight = 0
      var outOfScopeRight = 0
      for (score, want) in zip(scores, expected) {
        let got = score.intent(under: settings)
        if want == Match.outOfScope {
          if got == want { outOfScopeRight += 1 }
        } else if got == want {
          inScopeRight += 1
        }
      }
      return (
        inScopeCount == 0 ? 0 : Double(inScopeRight) / Double(inScopeCount),
        outOfScopeCount == 0 ? 0 : Double(outOfScopeRight) / Double(outOfScopeCount)
      )
    }
    let reference = figures(CatalogSettings(threshold: 0, margin: 0)).inScope
    var best = CatalogSettings(threshold: 0, margin: 0)
    var bestValue = -1.0
    for margin in margins {
      var values: [Double] = []
      for threshold in thresholds {
        let (inScope, outOfScope) = figures(CatalogSettings(threshold: threshold, margin: margin))
        guard inScope >= reference - budget - 1e-12 else { break }
        values.append(inScope + outOfScope)
      }
      guard let top = values.max(), top > bestValue + 1e-12 else { continue }
      bestValue = top
      best = CatalogSettings(threshold: thresholds[middleOfBestRange(values, top)], margin: margin)
    }
    let report = EvaluationReport(
      expected: expected, predicted: scores.map { $0.intent(under: best) })
    return Result(settings: best, report: report, referenceInScopeAccuracy: reference)
  }

  /// The index in the middle of the longest run of `values` equal to `top` (the first of the
  /// longest runs; the lower middle of an even run).
  static func middleOfBestRange(_ values: [Double], _ top: Double) -> Int {
    var best = (start: 0, length: 0)
    var start = 0
    for index in values.indices {
      guard abs(values[index] - top) <= 1e-12 else {
        start = index + 1
        continue
      }
      let length = index - start + 1
      if length > best.length { best = (start, length) }
    }
    return best.start + (best.length - 1) / 2
  }
}
