/// Store benchmarks (owned by Office).
enum StoreBench { static func run() throws {} }
