import Foundation
import TestSupport
import Testing

/// Hostile files and lines cannot crash, stall or fool the real binary.
@Suite(.serialized) struct HostileInputTests {
  /// A copy of the built-in catalog in a temporary folder, with `files` added.
  static func catalog(in folder: TemporaryFolder, adding files: [String: String] = [:]) throws
    -> String
  {
    let directory = folder.file("intents")
    try FileManager.default.copyItem(atPath: RepositoryPaths.intents, toPath: directory)
    for (name, text) in files {
      try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
    return directory
  }

  static let macLineEndings = "\r\ra: 1\ra: 2\n"

  @Test func oldMacLineEndingsWithARepeatedKeyAreALocatedError() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = try Self.catalog(in: folder, adding: ["zz_mac.yml": Self.macLineEndings])
    let expected = """
      \(intents)/zz_mac.yml:4:1: error: duplicate key 'a' (first at line 3)
      a: 2
      ^

      """
    let validate = try BinaryRunner.run(["intents", "validate", intents], stdin: "")
    #expect(validate.status == 2)
    #expect(validate.stderr == expected)
    let start = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--intents", intents], stdin: "hi\n")
    #expect(start.status == 2)
    #expect(start.stderr == expected)
  }

  @Test func aBrokenFileAtReloadKeepsTheOldCatalog() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = try Self.catalog(in: folder)
    var ends = ChildProcess.closeOnExecPipe()
    let output = folder.file("out")
    let console = try ChildProcess.start(
      RepositoryPaths.binary, ["--db", folder.file("x.sqlite"), "--intents", intents],
      input: .descriptor(ends.read), output: .file(output), error: .file(folder.file("err")))
    close(ends.read)
    func send(_ line: String) {
      _ = Array((line + "\n").utf8).withUnsafeBytes { write(ends.write, $0.baseAddress, $0.count) }
    }
    func waitFor(_ text: String, in path: String) -> String {
      let deadline = Date().addingTimeInterval(60)
      var content = ""
      repeat {
        content = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        if content.contains(text) { break }
        usleep(20_000)
      } while Date() < deadline
      return content
    }
    send("what are your opening hours?")
    #expect(waitFor("Monday to Friday", in: output).contains("Monday to Friday"))
    for (name, text) in [
      ("zz_mac.yml", Self.macLineEndings), ("zz_alias.yml", "a: &x 1\n? *x\n: 2\n"),
    ] {
      try text.write(toFile: intents + "/" + name, atomically: true, encoding: .utf8)
      send("/reload")
      let errors = waitFor("\(name):", in: folder.file("err"))
      #expect(errors.contains("\(intents)/\(name):"))
      #expect(errors.contains("The previous catalog stays in force."))
      try FileManager.default.removeItem(atPath: intents + "/" + name)
    }
    send("do you take credit cards")
    #expect(waitFor("Visa", in: output).contains("Visa"))
    close(ends.write)
    #expect(try console.wait(timeout: 60) == 1)
  }

  @Test func aliasesAreRefusedInIntentFilesAndRules() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      lines.append(
        "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ",")
          + "]")
      previous = name
    }
    let bomb = lines.joined(separator: "\n") + "\n? *i\n: x\n"
    let intents = try Self.catalog(in: folder, adding: ["zz_bomb.yml": bomb])
    let validate = try BinaryRunner.run(
      ["intents", "validate", intents], input: Data(), timeout: 30)
    #expect(validate.status == 2)
    #expect(
      validate.stderr.hasPrefix(
        "\(intents)/zz_bomb.yml:1:4: error: anchors and aliases are not allowed (found anchor '&a')"
      ))
    try FileManager.default.removeItem(atPath: intents + "/zz_bomb.yml")

    let rules = try String(contentsOfFile: intents + "/rules.yml", encoding: .utf8)
    try (rules + "\nextra: &e [1]\nmore: *e\n").write(
      toFile: intents + "/rules.yml", atomically: true, encoding: .utf8)
    let start = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--intents", intents], stdin: "hi\n")
    #expect(start.status == 2)
    #expect(
      start.stderr.contains(
        "\(intents)/rules.yml:\(rules.split(separator: "\n", omittingEmptySubsequences: false).count + 1):8: error: anchors and aliases are not allowed (found anchor '&e')"
      ), "\(start.stderr)")
  }
}
