import Foundation
import TestSupport
import Testing

/// The binary keeps its trained matcher in `$SWITCHBOARD_CACHE` and answers the same from it.
@Suite(.serialized) struct MatcherCacheTests {
  private func cached(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasPrefix("matcher-")
    }
  }

  @Test func aSecondStartAnswersTheSameFromTheCache() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let cache = folder.file("cache")
    let environment = ["SWITCHBOARD_CACHE": cache]
    let arguments = ["ask", "--json", "--db", folder.file("x.sqlite"), "refnud for order 1002"]
    let first = try BinaryRunner.run(arguments, environment: environment)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(cached(cache).count == 1)
    let second = try BinaryRunner.run(arguments, environment: environment)
    #expect(second.stdout == first.stdout)
    #expect(first.stdout.contains("\"intent\":\"refund_status\""))

    try Data("not a matcher".utf8).write(
      to: URL(fileURLWithPath: cache + "/" + cached(cache)[0]))
    let third = try BinaryRunner.run(arguments, environment: environment)
    #expect(third.stdout == first.stdout)
  }

  @Test func offKeepsNothing() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["ask", "--db", folder.file("x.sqlite"), "hello"],
      environment: ["SWITCHBOARD_CACHE": "off", "XDG_CACHE_HOME": folder.file("xdg")])
    #expect(result.status == 0)
    #expect(!FileManager.default.fileExists(atPath: folder.file("xdg")))
  }
}
