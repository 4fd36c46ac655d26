import Foundation
import IntentMatching

/// Matcher benchmarks: load + train time of a 15,000-example catalog, classifications per second
/// on one core, peak memory, and the CLINC150 / Banking77 figures when the datasets are present,
/// then the built-in catalog on the held-out paraphrases.
///
/// `SWITCHBOARD_BENCH_ACCURACY=1` prints the accuracy figures only; `SWITCHBOARD_BENCH_OPTIONS`
/// (`epochs=8,characterWeight=0.8`, see ``options()``) trains every catalog with other knobs, to
/// compare them on the three data sets without a rebuild; `SWITCHBOARD_BENCH_CONFUSIONS=1` also
/// prints CLINC150's most frequent confusions. The CLINC150 and Banking77 catalogs name the
/// repository's word-vector table (`lexicon/english.vectors`) in their settings, as
/// `intents import --word-vectors` does; `SWITCHBOARD_BENCH_WORD_VECTORS=0` leaves it out.
enum MatcherBench {
  static func run() throws {
    print("== matcher")
    let environment = ProcessInfo.processInfo.environment
    let accuracyOnly = environment["SWITCHBOARD_BENCH_ACCURACY"] == "1"
    let options = try Self.options(environment["SWITCHBOARD_BENCH_OPTIONS"] ?? "")
    let datasets = datasetsDirectory()
    let clinc = datasets.map { $0 + "/clinc150" }.flatMap { path in
      FileManager.default.fileExists(atPath: path + "/train.csv") ? path : nil
    }
    let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
      "switchboard-bench-\(getpid())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: temporary) }

    // A 15,000-example catalog on disk: CLINC150's training set, else a synthetic one.
    let trainingRows =
      try clinc.map { try LabelledData.read(path: $0 + "/train.csv") } ?? syntheticRows()
    let catalogDirectory = temporary + "/catalog"
    let wordVectors =
      environment["SWITCHBOARD_BENCH_WORD_VECTORS"] == "0"
      ? nil
      : try WordVectors(path: checkoutRoot().appendingPathComponent("lexicon/english.vectors").path)
    print("word vectors: \(wordVectors.map { "\($0.path), \($0.count) words" } ?? "none")")
    try CatalogWriter.write(
      CatalogWriter.importedCatalog(
        from: trainingRows, settings: CatalogSettings(wordVectors: wordVectors)),
      to: catalogDirectory)
    var clock = ContinuousClock.now
    var cpu = threadCPUSeconds()
    let loaded = try CatalogLoader.load(directory: catalogDirectory)
    let loadTime = ContinuousClock.now - clock
    let loadCPU = threadCPUSeconds() - cpu
    clock = ContinuousClock.now
    cpu = threadCPUSeconds()
    var matcher = KeywordMatcher(catalog: loaded.catalog, options: options)
    let trainTime = ContinuousClock.now - clock
    let trainCPU = threadCPUSeconds() - cpu
    let examples = loaded.catalog.intents.map(\.examples.count).reduce(0, +)
    print(
      "catalog: \(loaded.catalog.intents.count) intents, \(examples) examples; "
        + "load \(milliseconds(loadTime)) ms, train \(milliseconds(trainTime)) ms, "
        + "load+train \(milliseconds(loadTime + trainTime)) ms wall, "
        + "\(Int(((loadCPU + trainCPU) * 1000).rounded())) ms CPU")

    let utterances = trainingRows.map(\.text)
    if !accuracyOnly {
      let rates = throughput(matcher, utterances)
      print(
        "classify: \(rates.median) utterances per CPU second, median of \(rates.runs) runs of "
          + "\(rates.runSeconds) s (fastest \(rates.best), slowest \(rates.worst); "
          + "\(rates.wallMedian)/s wall) (one thread, with slots; aim 250,000)")
      print("peak RSS: \(peakResidentMegabytes()) MB")
    }

    let builtIn = checkoutRoot().appendingPathComponent("intents").path
    if !accuracyOnly, FileManager.default.fileExists(atPath: builtIn) {
      let start = ContinuousClock.now
      let catalog = try CatalogLoader.load(directory: builtIn).catalog
      _ = KeywordMatcher(catalog: catalog)
      print(
        "built-in catalog (\(catalog.intents.count) intents): load+train "
          + "\(milliseconds(ContinuousClock.now - start)) ms")
    }

    if let clinc {
      let validation = try LabelledData.read(path: clinc + "/val.csv")
      let scores = Evaluator.scores(of: matcher, on: validation)
      let calibration = Calibrator.calibrate(scores: scores, examples: validation)
      try SettingsUpdater.store(calibration.settings, inCatalog: catalogDirectory)
      matcher = KeywordMatcher(
        catalog: try CatalogLoader.load(directory: catalogDirectory).catalog, options: options)
      let report = Evaluator.evaluate(matcher, on: validation)
      let n = OutputFormat.number
      print(
        "CLINC150 val: threshold \(n(calibration.settings.threshold)) margin "
          + "\(n(calibration.settings.margin)); in-scope accuracy \(n(report.inScopeAccuracy)) "
          + "(aim 0.935), oos recall \(n(report.outOfScopeRecall)) (aim 0.65), "
          + "accuracy \(n(report.accuracy)), macro F1 \(n(report.macroF1)); in-scope accuracy "
          + "with no threshold \(n(calibration.referenceInScopeAccuracy))")
      if environment["SWITCHBOARD_BENCH_CONFUSIONS"] == "1" {
        for pair in report.confusions {
          print("  \(pair.expected) -> \(pair.predicted): \(pair.count)")
        }
      }
    } else {
      print("CLINC150: skipped (no datasets folder; set SWITCHBOARD_DATASETS)")
    }
    if let banking = datasets.map({ $0 + "/banking77/train.csv" }),
      FileManager.default.fileExists(atPath: banking)
    {
      let rows = try LabelledData.read(path: banking)
      let (training, heldOut) = DataSplit.split(rows)
      let files = CatalogWriter.importedCatalog(
        from: training, settings: CatalogSettings(threshold: 0, margin: 0, wordVectors: wordVectors)
      )
      let catalog = try CatalogLoader.load(files: files.map { ("banking/" + $0.name, $0.text) })
      let report = Evaluator.evaluate(
        KeywordMatcher(catalog: catalog.catalog, options: options), on: heldOut)
      print(
        "Banking77 held-out fifth: accuracy \(OutputFormat.number(report.accuracy)) "
          + "(aim 0.93), \(heldOut.count) rows")
    } else {
      print("Banking77: skipped (no datasets folder)")
    }
    try heldOutParaphrases(builtIn, options: options)
    print("peak RSS at the end: \(peakResidentMegabytes()) MB")
  }

  /// The built-in catalog on `Tests/Paraphrases/heldout.csv`, all rows and the Japanese ones (the
  /// figures `switchboard eval` gives for the file and for its Japanese lines).
  static func heldOutParaphrases(_ builtIn: String, options: MatcherOptions) throws {
    let path = checkoutRoot().appendingPathComponent("Tests/Paraphrases/heldout.csv").path
    guard FileManager.default.fileExists(atPath: path) else { return }
    let rows = try LabelledData.read(path: path)
    let matcher = KeywordMatcher(
      catalog: try CatalogLoader.load(directory: builtIn).catalog, options: options)
    let all = Evaluator.evaluate(matcher, on: rows)
    let japanese = Evaluator.evaluate(
      matcher, on: rows.filter { Language.detect($0.text) == .japanese })
    let n = OutputFormat.number
    print(
      "held-out paraphrases: accuracy \(n(all.accuracy)) (aim 0.97), in-scope accuracy "
        + "\(n(all.inScopeAccuracy)), oos recall \(n(all.outOfScopeRecall)); Japanese accuracy "
        + "\(n(japanese.accuracy)) (aim 0.97), \(rows.count) rows, \(japanese.count) Japanese")
  }

  /// Matcher options from `text`: comma-separated `name=value` for `epochs`, `maximumEpochs`,
  /// `learningRate`, `keywordRepeats`, `outOfScopeRepeats`, `minimumFrequency`,
  /// `restingProbability`, `characterWeight`, `stopWordWeight`, `meaningWeight`,
  /// `meaningLearningRate`, `gramLow`, `gramHigh`.
  static func options(_ text: String) throws -> MatcherOptions {
    struct BadOption: Error, CustomStringConvertible { var description: String }
    var options = MatcherOptions()
    var gramLow = options.characterGramSizes.lowerBound
    var gramHigh = options.characterGramSizes.upperBound
    for item in text.split(separator: ",") {
      let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let value = Double(parts[1]) else {
        throw BadOption(description: "bad option '\(item)' (expected name=number)")
      }
      switch parts[0] {
      case "epochs": options.epochs = Int(value)
      case "maximumEpochs": options.maximumEpochs = Int(value)
      case "learningRate": options.learningRate = value
      case "keywordRepeats": options.keywordRepeats = Int(value)
      case "outOfScopeRepeats": options.outOfScopeRepeats = Int(value)
      case "minimumFrequency": options.minimumFrequency = Int(value)
      case "restingProbability": options.restingProbability = value
      case "characterWeight": options.characterWeight = value
      case "stopWordWeight": options.stopWordWeight = value
      case "meaningWeight": options.meaningWeight = value
      case "meaningLearningRate": options.meaningLearningRate = value
      case "gramLow": gramLow = Int(value)
      case "gramHigh": gramHigh = Int(value)
      default: throw BadOption(description: "unknown option '\(parts[0])'")
      }
    }
    options.characterGramSizes = gramLow...max(gramLow, gramHigh)
    if !text.isEmpty { print("options: \(text)") }
    return options
  }

  /// Classification rates of `matcher` over the first 5,000 `utterances`, after one untimed pass
  /// (which builds what the matcher makes on first use: the typo index, compiled expressions).
  struct Rates {
    var runs: Int
    var runSeconds: Double
    /// Classifications per CPU second: median, fastest and slowest run.
    var median: Int
    var best: Int
    var worst: Int
    /// Classifications per wall-clock second, median run.
    var wallMedian: Int
  }

  /// Runs of `runSeconds` each, so one disturbed stretch of a shared machine moves one run, not
  /// the figure: the median is the one to quote.
  static func throughput(
    _ matcher: KeywordMatcher, _ utterances: [String], runs: Int = 7, runSeconds: Double = 0.4
  ) -> Rates {
    let lines = Array(utterances.prefix(5000))
    var checksum = 0.0
    for text in lines { checksum += matcher.classify(text).confidence }
    var cpuRates: [Double] = []
    var wallRates: [Double] = []
    // Every run goes on through all the lines from where the last one stopped (looking at the
    // clock every 500), so the working set is the whole set's.
    var next = 0
    for _ in 0..<runs {
      var count = 0
      let start = ContinuousClock.now
      let cpu = threadCPUSeconds()
      var elapsed = Duration.zero
      while seconds(elapsed) < runSeconds {
        for _ in 0..<500 {
          checksum += matcher.classify(lines[next]).confidence
          next = (next + 1) % lines.count
          count += 1
        }
        elapsed = ContinuousClock.now - start
      }
      cpuRates.append(Double(count) / (threadCPUSeconds() - cpu))
      wallRates.append(Double(count) / seconds(elapsed))
    }
    if checksum.isNaN { print("") }
    cpuRates.sort()
    wallRates.sort()
    return Rates(
      runs: runs, runSeconds: runSeconds, median: Int(cpuRates[runs / 2]),
      best: Int(cpuRates[runs - 1]), worst: Int(cpuRates[0]), wallMedian: Int(wallRates[runs / 2]))
  }

  /// CPU time used by the calling thread, in seconds: unlike the wall clock it does not grow
  /// while other processes hold the cores.
  static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// `$SWITCHBOARD_DATASETS`, else `../shared/datasets` beside the checkout, if present.
  static func datasetsDirectory() -> String? {
    if let path = ProcessInfo.processInfo.environment["SWITCHBOARD_DATASETS"], !path.isEmpty {
      return path
    }
    let path = checkoutRoot().deletingLastPathComponent().appendingPathComponent("shared/datasets")
      .path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// The checkout this bench was built from (`Sources/SwitchboardBench/` → root).
  static func checkoutRoot() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// 150 synthetic intents of 100 examples each, from a seeded generator: each example is a run
  /// of its intent's own twelve-word phrase with two common words mixed in.
  static func syntheticRows() -> [LabelledExample] {
    var state: UInt64 = 7
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    func word(_ number: Int, _ prefix: String) -> String {
      var text = prefix
      var rest = number
      repeat {
        text.unicodeScalars.append(Unicode.Scalar(UInt8(97 + rest % 26)))
        rest /= 26
      } while rest > 0
      return text
    }
    let words = (0..<3000).map { word($0, "w") }
    let common = (0..<30).map { word($0, "c") }
    var rows: [LabelledExample] = []
    for intent in 0..<150 {
      let own = (0..<12).map { _ in words[next() % words.count] }
      for example in 0..<100 {
        let start = next() % own.count
        var text = (0..<6).map { own[(start + $0) % own.count] }
        text.insert(common[next() % common.count], at: next() % text.count)
        text.insert(common[next() % common.count], at: next() % text.count)
        rows.append(
          LabelledExample(
            text: text.joined(separator: " "), intent: "intent_\(intent)", line: example + 2))
      }
    }
    return rows
  }

  /// Peak resident set size (VmHWM) in megabytes.
  static func peakResidentMegabytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return -1
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.filter(\.isNumber)
      return (Int(digits) ?? 0) / 1024
    }
    return -1
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  static func milliseconds(_ duration: Duration) -> Int {
    Int((seconds(duration) * 1000).rounded())
  }
}
