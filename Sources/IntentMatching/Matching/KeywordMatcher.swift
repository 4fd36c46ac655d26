/// The keyword matcher: learns feature weights from a catalog's examples at load time.
///
/// Utterances become stemmed word unigrams and bigrams, character n-grams and Japanese character
/// n-grams (see ``TextNormalizer``, ``Tokenizer``), after synonym mapping and typo correction; a
/// multinomial logistic regression trained with a fixed seed weighs them per intent, with
/// hand-written keywords boosted and out-of-scope examples as an extra class. A confidence under
/// `settings.threshold`, or a gap to the runner-up under `settings.margin`, gives `oos`. A catalog
/// whose settings name `word_vectors:` also weighs the meaning of the line's words
/// (``MeaningBlock``).
public struct KeywordMatcher: IntentClassifier {
  /// The catalog it was trained on.
  public let catalog: IntentCatalog
  /// The training options used.
  public let options: MatcherOptions
  /// Class names: the intents in catalog order, then `oos` when there are out-of-scope examples.
  let labels: [String]
  let outOfScopeClass: Int?
  let extractor: FeatureExtractor
  let space: FeatureSpace
  let model: SoftmaxModel
  /// The meaning of the words, when the catalog names a word-vector table.
  let meaning: MeaningBlock?
  let slotExtractor: SlotExtractor
  /// Per class, the feature indices of its hand-written keywords.
  let keywordFeatures: [Set<Int32>]
  /// Words of the catalog with their counts (typo correction, cached stems).
  let vocabulary: [String: Int]

  /// Trains on `catalog`; `today` resolves relative dates (`tomorrow`) into `YYYY-MM-DD` slots.
  public init(catalog: IntentCatalog, today: CalendarDay? = nil) {
    self.init(catalog: catalog, today: today, options: MatcherOptions())
  }

  /// Trains on `catalog` with explicit training options.
  public init(catalog: IntentCatalog, today: CalendarDay? = nil, options: MatcherOptions) {
    self.catalog = catalog
    self.options = options
    var labels = catalog.intents.map(\.name)
    if !catalog.outOfScopeExamples.isEmpty {
      outOfScopeClass = labels.count
      labels.append(Match.outOfScope)
    } else {
      outOfScopeClass = nil
    }
    self.labels = labels
    let table = catalog.settings.wordVectors
    var extractor = FeatureExtractor(
      synonyms: SynonymMapper(catalog.synonyms), options: options, wordVectors: table)
    var space = FeatureSpace()
    var documents: [FeatureSpace.Document] = []
    var meanings: [[Int32]] = []
    var classes: [Int] = []
    var repeats: [Int] = []
    var keywordDocuments: [(label: Int, document: Int)] = []
    var vocabulary: [String: Int] = [:]
    func add(_ text: String, _ label: Int, _ count: Int) -> FeatureSpace.Document {
      let features = extractor.features(of: text)
      let document = space.add(features.hits)
      documents.append(document)
      if table != nil { meanings.append(features.meaning) }
      classes.append(label)
      repeats.append(count)
      return document
    }
    var texts = catalog.synonyms.keys.map { $0 }
    for intent in catalog.intents {
      texts += intent.examples.map(\.text)
      texts += intent.keywords.map(\.text)
    }
    texts += catalog.outOfScopeExamples.map(\.text)
    for text in texts {
      for token in Tokenizer.tokens(of: text) where token.kind == .word && !token.isNumber {
        vocabulary[token.text, default: 0] += 1
      }
    }
    extractor.cacheStems(of: vocabulary.keys)
    for (label, intent) in catalog.intents.enumerated() {
      for example in intent.examples { _ = add(example.text, label, 1) }
      for keyword in intent.keywords {
        _ = add(keyword.text, label, options.keywordRepeats)
        keywordDocuments.append((label, documents.count - 1))
      }
    }
    if let outOfScopeClass {
      for example in catalog.outOfScopeExamples {
        _ = add(example.text, outOfScopeClass, options.outOfScopeRepeats)
      }
    }
    documents = space.finish(
      documents: documents,
      minimumDocumentFrequency: options.minimumDocumentFrequency(forDocuments: documents.count))
    extractor.resolve(in: space)
    var keywordFeatures = [Set<Int32>](repeating: [], count: labels.count)
    for (label, document) in keywordDocuments {
      for entry in documents[document] where entry.scale == 1 {
        keywordFeatures[label].insert(entry.index)
      }
    }
    var samples = documents.map { space.vector($0) }
    documents = []
    if let table {
      // The meaning block's features follow the sparse ones.
      for (sample, words) in meanings.enumerated() {
        guard
          let values = MeaningBlock.features(
            of: words, table: table, weight: Float(options.meaningWeight))
        else { continue }
        for (dimension, value) in values.enumerated() where value != 0 {
          samples[sample].indices.append(Int32(space.count + dimension))
          samples[sample].values.append(value)
        }
      }
      meanings = []
    }
    var parameters = SoftmaxModel.Parameters()
    parameters.epochs = options.epochs(forSamples: repeats.reduce(0, +))
    parameters.learningRate = Float(
      table == nil ? options.learningRate : options.meaningLearningRate)
    parameters.seed = options.seed
    parameters.confidentProbability = Float(options.restingProbability)
    let trained = SoftmaxModel(
      samples: samples, labels: classes, repeats: repeats,
      featureCount: space.count + (table?.dimensions ?? 0), classCount: labels.count,
      parameters: parameters)
    if let table {
      let (model, rows) = trained.splitting(at: space.count)
      self.model = model
      meaning = MeaningBlock(
        table: table, weight: Float(options.meaningWeight), blockCount: model.blockCount,
        weights: rows)
    } else {
      model = trained
      meaning = nil
    }
    if options.correctsTypos { extractor.typos = LazyTypoCorrector(vocabulary: vocabulary) }
    self.extractor = extractor
    self.space = space
    self.keywordFeatures = keywordFeatures
    self.vocabulary = vocabulary
    self.slotExtractor = SlotExtractor(entities: catalog.entities, today: today)
  }

  /// The matcher `snapshot` was taken of, without training again (see ``MatcherSnapshot``).
  init(snapshot: MatcherSnapshot, today: CalendarDay?) {
    catalog = snapshot.catalog
    options = snapshot.options
    labels = snapshot.labels
    outOfScopeClass = snapshot.outOfScopeClass
    var extractor = FeatureExtractor(
      synonyms: SynonymMapper(catalog.synonyms), options: snapshot.options,
      wordVectors: catalog.settings.wordVectors)
    extractor.restoreStems(snapshot.stems)
    if options.correctsTypos {
      extractor.typos = LazyTypoCorrector(vocabulary: snapshot.vocabulary)
    }
    space = FeatureSpace(keys: snapshot.featureKeys, idf: snapshot.idf)
    extractor.resolve(in: space)
    self.extractor = extractor
    model = SoftmaxModel(
      classCount: labels.count, featureCount: snapshot.featureKeys.count,
      weights: snapshot.weights, flatBias: snapshot.bias)
    if let table = snapshot.catalog.settings.wordVectors {
      meaning = MeaningBlock(
        table: table, weight: Float(snapshot.options.meaningWeight),
        width: model.blockCount * 8, rows: snapshot.meaningRows,
        scale: snapshot.meaningScale)
    } else {
      meaning = nil
    }
    keywordFeatures = snapshot.keywordFeatures.map { Set($0) }
    vocabulary = snapshot.vocabulary
    slotExtractor = SlotExtractor(entities: catalog.entities, today: today)
  }

  /// Everything this trained matcher needs to be restored without training.
  var snapshot: MatcherSnapshot {
    MatcherSnapshot(
      catalog: catalog, options: options, labels: labels, outOfScopeClass: outOfScopeClass,
      vocabulary: vocabulary, stems: extractor.stemCache,
      keywordFeatures: keywordFeatures.map { $0.sorted() },
      featureKeys: space.featureKeys, idf: space.idf, weights: model.weights,
      bias: model.flatBias, meaningRows: meaning?.rows ?? [], meaningScale: meaning?.scale ?? 0)
  }

  /// Classifies one utterance.
  public func classify(_ text: String) -> Match {
    // One NFKC pass serves the features and the slots.
    let compatible = TextNormalizer.compatibilityForm(text)
    let decision = decide(compatible: compatible)
    return Match(
      intent: decision.intent, confidence: decision.confidence,
      slots: slotExtractor.extract(compatible: compatible), language: Language.detect(text))
  }

  /// Explains the decision for one utterance.
  public func explain(_ text: String, count: Int) -> Explanation {
    explanation(text, count: count)
  }
}
