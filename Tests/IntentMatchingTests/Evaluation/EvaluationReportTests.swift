import Testing

@testable import IntentMatching

struct EvaluationReportTests {
  static let report = EvaluationReport(
    expected: ["a", "a", "b", "b", "oos", "oos"],
    predicted: ["a", "b", "b", "b", "oos", "a"])

  @Test func headlineFigures() {
    #expect(Self.report.count == 6)
    #expect(Self.report.accuracy == 4.0 / 6)
    #expect(Self.report.inScopeAccuracy == 3.0 / 4)
    #expect(Self.report.outOfScopeRecall == 0.5)
    // F1: a = 2·(1/2·1/2)/(1) = 0.5, b = 2·(2/3·1)/(5/3) = 0.8, oos = 2·(1·1/2)/(3/2) = 2/3.
    #expect(abs(Self.report.macroF1 - (0.5 + 0.8 + 2.0 / 3) / 3) < 1e-12)
  }

  @Test func perLabelAndConfusions() {
    let b = Self.report.labels.first { $0.label == "b" }
    #expect(b?.precision == 2.0 / 3)
    #expect(b?.recall == 1)
    #expect(b?.support == 2)
    #expect(
      Self.report.confusions == [
        .init(expected: "a", predicted: "b", count: 1),
        .init(expected: "oos", predicted: "a", count: 1),
      ])
  }

  @Test func json() {
    #expect(
      Self.report.json
        == #"{"count":6,"accuracy":0.6667,"in_scope_accuracy":0.7500,"oos_recall":0.5000,"macro_f1":0.6556}"#
    )
  }

  @Test func textReportListsIntentsAndPairs() {
    let text = Self.report.text
    #expect(text.contains("per intent:"))
    #expect(text.contains("most confused (expected -> predicted):"))
    #expect(text.contains("  1  a -> b"))
  }
}
