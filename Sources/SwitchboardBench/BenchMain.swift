import Foundation

/// `switchboard-bench SECTION...`: in-process benchmarks printed by `make bench` (`matcher`,
/// `report`, `simulate` and `store` when none is named; `postgres` only when named).
@main
enum BenchMain {
  static func main() throws {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let sections: [String: () throws -> Void] = [
      "matcher": MatcherBench.run,
      "store": StoreBench.run,
      "postgres": PostgresLookupBench.run,
      "simulate": AnalyticsBench.simulate,
      "report": AnalyticsBench.report,
    ]
    // `postgres` needs a seeded server (Scripts/bench-postgres.sh): only when named.
    let defaults = ["matcher", "report", "simulate", "store"]
    for name in arguments.isEmpty ? defaults : arguments {
      guard let run = sections[name] else {
        FileHandle.standardError.write(Data("switchboard-bench: unknown section '\(name)'\n".utf8))
        exit(2)
      }
      try run()
    }
  }
}
