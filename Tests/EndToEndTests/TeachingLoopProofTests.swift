import Foundation
import TestSupport
import Testing

/// The teaching loop end to end on the real binary: a simulated run with phrasings the catalog
/// lacks (`simulate --novel`) fills the fallback backlog, an agent walks it with `/backlog`,
/// and `eval` of a held-out file (other phrasings, never simulated) is better after than before.
@Suite(.serialized) struct TeachingLoopProofTests {
  /// Held-out lines: the same new words as the simulated phrasings, in other sentences.
  static let heldOut = """
    text,intent
    anybody there at lunchtime tomorrow,business_hours
    is the desk staffed over lunchtime,business_hours
    昼休みも問い合わせできますか,business_hours
    can I hand back a toaster,return_policy
    how do I hand back a lamp,return_policy
    この商品を突き返したい,return_policy
    can I settle up by wire tomorrow,payment_methods
    ペイペイで払いたいです,payment_methods
    the hinge snapped on my chair,warranty
    ちょうつがいが折れてしまいました,warranty
    how long until my doorstep,shipping_policy
    玄関先まで何日で届きますか,shipping_policy

    """

  /// Which intent a group's lines mean, by their new words; nil for the rest (out of scope).
  static func intent(of lines: String) -> String? {
    let words: [(String, String)] = [
      ("lunchtime", "business_hours"), ("昼休み", "business_hours"), ("hand", "return_policy"),
      ("突き返", "return_policy"), ("settle", "payment_methods"), ("ペイペイ", "payment_methods"),
      ("hinge", "warranty"), ("ちょうつがい", "warranty"), ("doorstep", "shipping_policy"),
      ("玄関先", "shipping_policy"),
    ]
    let lowered = lines.lowercased()
    return words.first { lowered.contains($0.0) }?.1
  }

  static func accuracy(_ file: String, _ intents: String) throws -> Double {
    let result = try BinaryRunner.run(["eval", file, "--json", "--intents", intents])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return try #require(object?["accuracy"] as? Double)
  }

  @Test func teachingFromASimulatedBacklogImprovesAHeldOutEvaluation() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = folder.file("intents")
    try FileManager.default.copyItem(atPath: RepositoryPaths.intents, toPath: intents)
    let db = folder.file("x.sqlite")
    let heldOut = folder.file("held-out.csv")
    try Self.heldOut.write(toFile: heldOut, atomically: true, encoding: .utf8)
    let before = try Self.accuracy(heldOut, intents)

    let simulated = try BinaryRunner.run([
      "simulate", "--sessions", "120", "--seed", "5", "--novel", "1", "--db", db, "--intents",
      intents,
    ])
    #expect(simulated.status == 0, "stderr: \(simulated.stderr)")

    // One console per decision: each shows the next group, which the next one decides.
    var decision = ""
    var assigned = 0
    for _ in 0..<80 {
      let walked = try BinaryRunner.run(
        ["--db", db, "--intents", intents, "--agent", "mia"], stdin: decision + "/backlog\n")
      #expect(walked.status == 0, "stderr: \(walked.stderr)")
      let shown = walked.stdout.components(separatedBy: "Backlog group 1 of").last ?? ""
      if walked.stdout.hasSuffix("The backlog has nothing new to decide.\n") { break }
      let intent = Self.intent(of: shown.components(separatedBy: "Type /backlog").first ?? "")
      decision = "/backlog \(intent ?? "oos")\n"
      if intent != nil { assigned += 1 }
    }
    #expect(assigned >= 5)
    let after = try Self.accuracy(heldOut, intents)
    #expect(after >= before + 0.4, "held-out accuracy \(before) before, \(after) after")
    print("held-out accuracy \(before) before, \(after) after; \(assigned) groups assigned")

    let listed = try BinaryRunner.run(["backlog", "--db", db])
    #expect(!listed.stdout.contains("\nnew "), "\(listed.stdout)")
  }

  @Test func aRateOfZeroSimulatesWhatItDidBeforeAndABadRateIsRefused() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    func figures(_ extra: [String], _ name: String) throws -> String {
      let result = try BinaryRunner.run(
        ["simulate", "--sessions", "60", "--seed", "3", "--json", "--db", folder.file(name)]
          + extra)
      #expect(result.status == 0, "stderr: \(result.stderr)")
      // Latency aside, the figures depend only on the seed.
      return result.stdout.replacingOccurrences(
        of: #""latency_ms":\{[^}]*\},"#, with: "", options: .regularExpression)
    }
    #expect(try figures([], "a.sqlite") == figures(["--novel", "0"], "b.sqlite"))
    #expect(try figures(["--novel", "1"], "c.sqlite") != figures([], "d.sqlite"))
    for bad in ["1.5", "-0.1", "nan"] {
      let refused = try BinaryRunner.run(["simulate", "--novel", bad, "--db", folder.file("e")])
      #expect(refused.status == 64, "\(bad): \(refused.stderr)")
      #expect(refused.stderr.contains("--novel must be a share from 0 to 1"), "\(refused.stderr)")
    }
  }
}
