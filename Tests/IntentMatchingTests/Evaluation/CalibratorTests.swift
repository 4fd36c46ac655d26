import Testing

@testable import IntentMatching

struct CalibratorTests {
  static func scores(_ confidence: Double, _ intent: String = "a") -> DecisionScores {
    DecisionScores(intent: intent, confidence: confidence, runnerUp: 0, outOfScopeWins: false)
  }

  @Test func picksTheThresholdThatSeparatesWithinTheBudget() {
    let examples = ["a", "a", "a", "oos", "oos"].enumerated().map {
      LabelledExample(text: "t", intent: $0.element, line: $0.offset + 2)
    }
    let scores = [0.9, 0.8, 0.7, 0.4, 0.2].map { Self.scores($0) }
    let result = Calibrator.calibrate(scores: scores, examples: examples, budget: 0)
    // Every threshold from 0.41 to 0.70 separates the rows: the middle of that range is kept.
    #expect(result.settings == CatalogSettings(threshold: 0.55, margin: 0))
    #expect(result.report.inScopeAccuracy == 1)
    #expect(result.report.outOfScopeRecall == 1)
    #expect(result.referenceInScopeAccuracy == 1)
  }

  @Test func budgetLimitsTheCostToInScopeAccuracy() {
    let examples = ["a", "a", "a", "a", "oos"].enumerated().map {
      LabelledExample(text: "t", intent: $0.element, line: $0.offset + 2)
    }
    // The out-of-scope row scores higher than one in-scope row.
    let scores = [0.9, 0.8, 0.7, 0.3, 0.5].map { Self.scores($0) }
    let strict = Calibrator.calibrate(scores: scores, examples: examples, budget: 0)
    #expect(strict.report.inScopeAccuracy == 1)
    #expect(strict.report.outOfScopeRecall == 0)
    let loose = Calibrator.calibrate(scores: scores, examples: examples, budget: 0.25)
    #expect(loose.settings.threshold == 0.6)
    #expect(loose.report.outOfScopeRecall == 1)
  }

  @Test func aTieFromZeroToPointThreeKeepsAThresholdInsideTheRange() {
    // No out-of-scope rows and in-scope confidences from 0.31 up: every threshold from 0.00 to
    // 0.31 gives the same figures, so none of them is better than another.
    let examples = ["a", "a", "a"].enumerated().map {
      LabelledExample(text: "t", intent: $0.element, line: $0.offset + 2)
    }
    let scores = [0.9, 0.5, 0.31].map { Self.scores($0) }
    let result = Calibrator.calibrate(scores: scores, examples: examples, budget: 0)
    #expect(result.settings.threshold > 0)
    #expect(result.settings.threshold < 0.31)
    #expect(result.settings.threshold == 0.15)
    #expect(result.report.inScopeAccuracy == 1)
  }

  @Test func aTieOnlyAtZeroStaysAtZero() {
    let examples = ["a", "a"].enumerated().map {
      LabelledExample(text: "t", intent: $0.element, line: $0.offset + 2)
    }
    let scores = [0.9, 0.0].map { Self.scores($0) }
    let result = Calibrator.calibrate(scores: scores, examples: examples, budget: 0)
    #expect(result.settings.threshold == 0)
  }

  @Test(arguments: [
    ([1.0, 1.0, 1.0, 1.0, 1.0], 2),
    ([0.5, 1.0, 1.0, 0.5, 1.0], 1),
    ([1.0, 0.5, 1.0, 1.0, 1.0], 3),
    ([1.0], 0),
  ])
  func middleOfTheLongestRun(values: [Double], expected: Int) {
    #expect(Calibrator.middleOfBestRange(values, 1.0) == expected)
  }
}
