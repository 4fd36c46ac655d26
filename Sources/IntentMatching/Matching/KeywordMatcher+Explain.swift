extension KeywordMatcher {
  /// The most features listed per candidate.
  static let explainedFeatureCount = 8

  func explanation(_ text: String, count: Int) -> Explanation {
    let extracted = extractor.features(of: text, naming: true)
    var names: [Int32: String] = [:]
    var origins: [Int32: Explanation.Feature.Origin] = [:]
    for (hit, name) in zip(extracted.hits, extracted.names) {
      guard let index = space.position(of: hit.key) else { continue }
      names[index] = names[index] ?? name
      let origin = extracted.origins[Int(hit.token)]
      if origins[index] == nil || origin != .exact { origins[index] = origin }
    }
    let vector = space.vector(extracted.hits)
    let words = extracted.meaning
    // The meaning block's scores, worked out once: added to the decision's, and shown.
    let meaningScores = meaning?.contributions(words)
    let probabilities = model.probabilities(vector) { scores in
      guard let meaningScores else { return }
      scores.withMemoryRebound(to: Float.self) { lanes in
        for lane in meaningScores.indices { lanes[lane] += meaningScores[lane] }
      }
    }
    let meaningText = meaning.map { block in
      words.map { block.table.word(at: $0) }.joined(separator: " ")
    }
    // The decision from the same probabilities, not from a second dot product.
    let decisionScores = scores(
      probabilities.withUnsafeBufferPointer {
        SoftmaxModel.leaders(of: $0, excluding: outOfScopeClass)
      })
    let match = Match(
      intent: decisionScores.intent(under: catalog.settings),
      confidence: decisionScores.confidence, slots: slotExtractor.extract(text),
      language: Language.detect(text))
    let ranked = probabilities.indices.filter { $0 != outOfScopeClass }.sorted {
      probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1
    }
    let candidates = ranked.prefix(max(0, count)).map { label in
      var features: [Explanation.Feature] = []
      for (position, index) in vector.indices.enumerated() {
        let contribution = Double(
          vector.values[position] * model.weight(feature: index, label: label))
        guard contribution > 0 else { continue }
        let origin: Explanation.Feature.Origin =
          keywordFeatures[label].contains(index) ? .keyword : origins[index] ?? .exact
        features.append(
          Explanation.Feature(
            text: Self.display(names[index] ?? ""), weight: contribution,
            origin: origin))
      }
      if let meaningScores, let meaningText, meaningScores[label] > 0 {
        features.append(
          Explanation.Feature(
            text: meaningText, weight: Double(meaningScores[label]), origin: .meaning))
      }
      features.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.text < $1.text }
      return Explanation.Candidate(
        intent: labels[label], score: Double(probabilities[label]),
        features: Array(features.prefix(Self.explainedFeatureCount)))
    }
    return Explanation(match: match, candidates: candidates, threshold: catalog.settings.threshold)
  }

  /// A feature name without its kind prefix (`w:refund` → `refund`; n-grams keep `<`/`>` marks).
  static func display(_ name: String) -> String {
    guard name.count > 2 else { return name }
    return String(name.dropFirst(2))
  }
}
