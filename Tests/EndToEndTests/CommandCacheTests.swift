import Foundation
import TestSupport
import Testing

/// Every command that loads the catalog starts from the trained-matcher cache: with a warm
/// cache, `classify`, `eval` and `calibrate` do the same start-up work as `ask` (they restore
/// the matcher and train nothing), which `SWITCHBOARD_TRACE_CACHE` reports on stderr.
@Suite(.serialized) struct CommandCacheTests {
  private func trace(_ stderr: String) -> [String] {
    stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("switchboard: matcher ") }
  }

  @Test func classifyAndAskStartFromTheSameCachedMatcher() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let environment = ["SWITCHBOARD_CACHE": folder.file("cache"), "SWITCHBOARD_TRACE_CACHE": "1"]
    let cold = try BinaryRunner.run(["classify"], stdin: "hello\n", environment: environment)
    #expect(cold.status == 0, "\(cold.stderr)")
    let trained = try #require(trace(cold.stderr).first)
    #expect(trained.hasPrefix("switchboard: matcher trained, stored as matcher-"))
    let file = String(trained.dropFirst("switchboard: matcher trained, stored as ".count))
    let hit = "switchboard: matcher from cache \(file)"

    let ask = try BinaryRunner.run(
      ["ask", "--db", folder.file("x.sqlite"), "hello"], environment: environment)
    #expect(ask.status == 0, "\(ask.stderr)")
    #expect(trace(ask.stderr) == [hit])
    let warm = try BinaryRunner.run(["classify"], stdin: "hello\n", environment: environment)
    #expect(trace(warm.stderr) == [hit])
    #expect(warm.stdout == cold.stdout)
  }

  @Test func evalAndCalibrateStartFromTheCache() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let environment = ["SWITCHBOARD_CACHE": folder.file("cache"), "SWITCHBOARD_TRACE_CACHE": "1"]
    let data = folder.file("data.csv")
    try "text,intent\nhello there,greeting\ntell me a joke,oos\n".write(
      toFile: data, atomically: true, encoding: .utf8)
    let first = try BinaryRunner.run(["eval", data, "--json"], environment: environment)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(trace(first.stderr).first?.hasPrefix("switchboard: matcher trained") == true)
    let second = try BinaryRunner.run(["eval", data, "--json"], environment: environment)
    #expect(second.stdout == first.stdout)
    #expect(trace(second.stderr).first?.hasPrefix("switchboard: matcher from cache") == true)
    let calibrate = try BinaryRunner.run(
      ["calibrate", data, "--dry-run"], environment: environment)
    #expect(calibrate.status == 0, "\(calibrate.stderr)")
    #expect(trace(calibrate.stderr).first?.hasPrefix("switchboard: matcher from cache") == true)
  }
}
