/// Figures of a classifier on labelled data: accuracy, in-scope accuracy, out-of-scope recall,
/// macro F1, per-intent precision/recall/F1 and the most confused pairs.
public struct EvaluationReport: Sendable, Equatable {
  /// Precision, recall and F1 of one label.
  public struct LabelScore: Sendable, Equatable {
    /// The label (an intent or `oos`).
    public var label: String
    /// Share of predictions of the label that were right (0 when never predicted).
    public var precision: Double
    /// Share of rows of the label predicted as it.
    public var recall: Double
    /// Harmonic mean of precision and recall.
    public var f1: Double
    /// Rows with the label.
    public var support: Int
  }

  /// A pair of labels the classifier mixed up.
  public struct Confusion: Sendable, Equatable {
    /// The right label.
    public var expected: String
    /// What was predicted instead.
    public var predicted: String
    /// How often.
    public var count: Int
  }

  /// Rows evaluated.
  public var count: Int
  /// Share of all rows predicted right (`oos` as a class).
  public var accuracy: Double
  /// Share of in-scope rows predicted right (predicting `oos` counts as wrong).
  public var inScopeAccuracy: Double
  /// Share of `oos` rows predicted `oos` (0 when there are none).
  public var outOfScopeRecall: Double
  /// Unweighted mean F1 over the labels that occur in the data or the predictions.
  public var macroF1: Double
  /// Per-label figures, by label name.
  public var labels: [LabelScore]
  /// The most frequent confusions, most frequent first (at most ten).
  public var confusions: [Confusion]

  /// Computes the figures for parallel lists of expected and predicted labels.
  public init(expected: [String], predicted: [String]) {
    precondition(expected.count == predicted.count)
    count = expected.count
    var right = 0
    var inScope = 0
    var inScopeRight = 0
    var outOfScope = 0
    var outOfScopeRight = 0
    var truePositives: [String: Int] = [:]
    var predictedCounts: [String: Int] = [:]
    var support: [String: Int] = [:]
    var pairs: [String: [String: Int]] = [:]
    for (want, got) in zip(expected, predicted) {
      support[want, default: 0] += 1
      predictedCounts[got, default: 0] += 1
      if want == got {
        right += 1
        truePositives[want, default: 0] += 1
      } else {
        pairs[want, default: [:]][got, default: 0] += 1
      }
      if want == Match.outOfScope {
        outOfScope += 1
        if got == want { outOfScopeRight += 1 }
      } else {
        inScope += 1
        if got == want { inScopeRight += 1 }
      }
    }
    accuracy = count == 0 ? 0 : Double(right) / Double(count)
    inScopeAccuracy = inScope == 0 ? 0 : Double(inScopeRight) / Double(inScope)
    outOfScopeRecall = outOfScope == 0 ? 0 : Double(outOfScopeRight) / Double(outOfScope)
    let names = Set(support.keys).union(predictedCounts.keys).sorted()
    labels = names.map { name in
      let hits = Double(truePositives[name] ?? 0)
      let precision = predictedCounts[name].map { hits / Double($0) } ?? 0
      let recall = support[name].map { hits / Double($0) } ?? 0
      let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
      return LabelScore(
        label: name, precision: precision, recall: recall, f1: f1, support: support[name] ?? 0)
    }
    macroF1 = labels.isEmpty ? 0 : labels.map(\.f1).reduce(0, +) / Double(labels.count)
    var all: [Confusion] = []
    for (want, row) in pairs {
      for (got, count) in row {
        all.append(Confusion(expected: want, predicted: got, count: count))
      }
    }
    all.sort {
      if $0.count != $1.count { return $0.count > $1.count }
      if $0.expected != $1.expected { return $0.expected < $1.expected }
      return $0.predicted < $1.predicted
    }
    confusions = Array(all.prefix(10))
  }

  /// One JSON object: `count`, `accuracy`, `in_scope_accuracy`, `oos_recall`, `macro_f1`.
  public var json: String {
    let n = OutputFormat.number
    return "{\"count\":\(count),\"accuracy\":\(n(accuracy)),"
      + "\"in_scope_accuracy\":\(n(inScopeAccuracy)),\"oos_recall\":\(n(outOfScopeRecall)),"
      + "\"macro_f1\":\(n(macroF1))}"
  }

  /// The five headline figures, one line.
  public var summary: String {
    let n = OutputFormat.number
    return "count \(count)  accuracy \(n(accuracy))  in-scope accuracy \(n(inScopeAccuracy))  "
      + "oos recall \(n(outOfScopeRecall))  macro F1 \(n(macroF1))"
  }

  /// A human-readable report: the headline figures, a per-label table and the confused pairs.
  public var text: String {
    let n = OutputFormat.number
    var lines = [summary, "", "per intent:"]
    let width = max(12, labels.map(\.label.count).max() ?? 0)
    func pad(_ text: String) -> String {
      text + String(repeating: " ", count: max(0, width - text.count))
    }
    lines.append("  " + pad("intent") + "  precision  recall  f1      support")
    for label in labels {
      lines.append(
        "  " + pad(label.label) + "  " + n(label.precision) + "     " + n(label.recall) + "  "
          + n(label.f1) + "  \(label.support)")
    }
    lines.append("")
    lines.append("most confused (expected -> predicted):")
    if confusions.isEmpty { lines.append("  none") }
    for confusion in confusions {
      lines.append("  \(confusion.count)  \(confusion.expected) -> \(confusion.predicted)")
    }
    return lines.joined(separator: "\n")
  }
}
