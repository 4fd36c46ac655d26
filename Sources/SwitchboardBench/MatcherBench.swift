/// Matcher benchmarks (owned by IntentMatching).
enum MatcherBench { static func run() throws {} }
