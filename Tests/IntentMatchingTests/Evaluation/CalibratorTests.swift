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
    #expect(result.settings == CatalogSettings(threshold: 0.41, margin: 0))
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
    #expect(loose.settings.threshold == 0.51)
    #expect(loose.report.outOfScopeRecall == 1)
  }
}
