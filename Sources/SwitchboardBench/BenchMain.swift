import Foundation

/// `switchboard-bench SECTION...`: in-process benchmarks printed by `make bench`.
@main
enum BenchMain {
  static func main() throws {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let sections: [String: () throws -> Void] = [
      "matcher": MatcherBench.run,
      "store": StoreBench.run,
      "simulate": AnalyticsBench.simulate,
      "report": AnalyticsBench.report,
    ]
    for name in arguments.isEmpty ? sections.keys.sorted() : arguments {
      guard let run = sections[name] else {
        FileHandle.standardError.write(Data("switchboard-bench: unknown section '\(name)'\n".utf8))
        exit(2)
      }
      try run()
    }
  }
}
