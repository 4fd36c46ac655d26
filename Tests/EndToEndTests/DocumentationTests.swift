import Foundation
import TestSupport
import Testing

/// The README and DEVELOPERS.md say what the program does, and point at what exists.
struct DocumentationTests {
  private static func read(_ name: String) throws -> String {
    try String(contentsOfFile: RepositoryPaths.root + "/" + name, encoding: .utf8)
  }

  /// The `## Heading` titles of a Markdown text.
  private static func headings(_ text: String) -> Set<String> {
    Set(
      text.split(separator: "\n").filter { $0.hasPrefix("#") }.map {
        $0.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
      })
  }

  @Test func everyReadmeSectionDevelopersNamesExists() throws {
    let developers = try Self.read("DEVELOPERS.md")
    let readme = Self.headings(try Self.read("README.md"))
    let pattern = try NSRegularExpression(pattern: #"README's "([^"]+)" section"#)
    let range = NSRange(developers.startIndex..., in: developers)
    let names = pattern.matches(in: developers, range: range).compactMap {
      Range($0.range(at: 1), in: developers).map { String(developers[$0]) }
    }
    #expect(!names.isEmpty)
    for name in names {
      #expect(readme.contains(name), "DEVELOPERS.md names the README section '\(name)'")
    }
  }

  @Test func theReadmesCSVExampleImportsAndEvaluates() throws {
    let readme = try Self.read("README.md")
    let start = try #require(readme.range(of: "```csv\n"))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    let csv = String(readme[start.upperBound..<end.lowerBound])
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let file = folder.file("labelled.csv")
    try csv.write(toFile: file, atomically: true, encoding: .utf8)
    let catalog = folder.file("catalog")
    let imported = try BinaryRunner.run(["intents", "import", file, "--out", catalog])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("out-of-scope examples"))
    let evaluated = try BinaryRunner.run(["eval", file, "--json", "--intents", catalog])
    #expect(evaluated.status == 0, "\(evaluated.stderr)")
    #expect(evaluated.stdout.contains("\"accuracy\""))
  }
}
