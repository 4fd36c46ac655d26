import Foundation
import Testing

@testable import IntentMatching

/// The repository's word-vector table: found words, exact sums in any order and past the 16-bit
/// chunk, and a clear error naming the file for anything that is not a table.
@Suite struct WordVectorsTests {
  static let path = URL(fileURLWithPath: Fixture.directory).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "lexicon/english.vectors"
    ).path

  private func sum(_ table: WordVectors, _ words: [Int32]) -> [Float] {
    var sum = [Float](repeating: 0, count: table.dimensions)
    sum.withUnsafeMutableBufferPointer { table.sum(words, into: $0) }
    return sum
  }

  @Test func findsItsWordsAndNothingElse() throws {
    let table = try WordVectors(path: Self.path)
    #expect(table.dimensions == 384)
    #expect(table.count > 20_000)
    for word in ["laptop", "refund", "whats", "aa", "zebra"] {
      let index = try #require(table.index(of: word), "\(word)")
      #expect(table.word(at: index) == word)
    }
    #expect(table.index(of: "qzxvvq") == nil)
    #expect(table.index(of: "") == nil)
    #expect(table.index(of: "注文") == nil)
  }

  @Test func vectorsHaveLengthOneAndRelatedWordsPointTheSameWay() throws {
    let table = try WordVectors(path: Self.path)
    func vector(_ word: String) throws -> [Float] {
      sum(table, [try #require(table.index(of: word))])
    }
    func cosine(_ a: [Float], _ b: [Float]) -> Float {
      zip(a, b).map { $0 * $1 }.reduce(0, +)
    }
    let laptop = try vector("laptop")
    #expect(table.vector(at: try #require(table.index(of: "laptop"))) == laptop)
    #expect(abs(cosine(laptop, laptop) - 1) < 0.02)
    #expect(cosine(laptop, try vector("notebook")) > cosine(laptop, try vector("salary")))
  }

  @Test func aSumIsTheSameInAnyOrderAndPastTwoHundredFiftySixWords() throws {
    let table = try WordVectors(path: Self.path)
    let words = try ["cancel", "my", "order"].map { try #require(table.index(of: $0)) }
    #expect(sum(table, words) == sum(table, words.reversed()))
    // 300 × 127 overflows a 16-bit sum: the chunks must carry it.
    let one = sum(table, [words[0]])
    let many = sum(table, Array(repeating: words[0], count: 300))
    for (single, total) in zip(one, many) {
      #expect(abs(total - 300 * single) <= 1e-3 * max(1, abs(total)))
    }
  }

  @Test func anythingButATableIsRefusedNamingTheFile() throws {
    let folder = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let missing = folder + "/missing.vectors"
    #expect(throws: WordVectors.LoadError.self) { try WordVectors(path: missing) }
    do {
      _ = try WordVectors(path: missing)
    } catch {
      #expect(error.description.contains(missing))
    }
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.path))
    let cases: [(String, Data)] = [
      ("not a table", Data("settings:\n  threshold: 0.3\n".utf8)),
      ("cut short", bytes.prefix(bytes.count - 1)),
      ("one byte more", bytes + Data([0])),
      ("empty", Data()),
    ]
    for (name, data) in cases {
      let path = folder + "/\(name).vectors"
      try data.write(to: URL(fileURLWithPath: path))
      do {
        _ = try WordVectors(path: path)
        Issue.record("\(name) was accepted")
      } catch {
        guard case .malformed(let reported, _) = error else {
          Issue.record("\(name): \(error)")
          continue
        }
        #expect(reported == path)
      }
    }
  }
}
