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

  @Test func aTenThousandLetterWordIsAnsweredAtOnce() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let word = String(repeating: "a", count: 10_000)
    // Each took seconds in a release build (typo correction built 10,000 deletions of the word).
    let lines = Array(repeating: word, count: 4).joined(separator: "\n") + "\nhi\n"
    let piped = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite")], input: Data(lines.utf8), timeout: 15)
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout.split(separator: "\n").count == 5)
    let ask = try BinaryRunner.run(
      ["ask", word, "--json", "--db", folder.file("x.sqlite")], input: Data(), timeout: 15)
    #expect(ask.status == 0, "\(ask.stderr)")
    #expect(ask.stdout.contains("\"intent\":\"oos\""))
  }

  @Test func classifyAnswersATooLongLineWithAClearResult() throws {
    let long = String(repeating: "a", count: 40_000)
    let input = Data(("hi\n" + long + "\nwhere is my order\n").utf8)
    let plain = try BinaryRunner.run(["classify"], input: input, timeout: 30)
    #expect(plain.status == 0)
    let lines = plain.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.count == 3 && lines[1] == "oos\t0.0000")
    #expect(
      plain.stderr
        == "switchboard: stdin line 2: too long (40000 characters, limit 10000 characters); classified as oos\n"
    )
    let huge = try BinaryRunner.run(
      ["classify"], input: Data((String(repeating: "a", count: 50_000) + "\nhi\n").utf8),
      timeout: 30)
    #expect(huge.stdout.hasPrefix("oos\t0.0000\n"))
    #expect(huge.stderr.contains("too long (50000 bytes, limit 10000 characters)"))
    let medium = String(repeating: "é", count: 10_001)
    let json = try BinaryRunner.run(
      ["classify", "--json"], input: Data((medium + "\n").utf8), timeout: 30)
    #expect(
      json.stdout
        == "{\"text\":\"\",\"intent\":\"oos\",\"confidence\":0.0000,"
        + "\"error\":\"line too long (10001 characters, limit 10000 characters)\"}\n")
  }

  /// The characters no output may print raw: C0 but newline and tab, C1, bidi controls.
  static func hasUnsafe(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x09, 0x0A: false
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
  }

  @Test func transcriptFailuresPrintNoEscapes() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let failing = folder.file("failing.chat")
    try "> hi\n< \u{1B}]0;pwned\u{7}\n".write(toFile: failing, atomically: true, encoding: .utf8)
    let broken = folder.file("broken.chat")
    try "@bogus \u{1B}[31mred\u{9B}\n".write(toFile: broken, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["test", failing, broken], input: Data(), timeout: 60)
    #expect(result.status == 1)
    #expect(result.stdout.contains("failing.chat:2"), "\(result.stdout)")
    #expect(result.stdout.contains("broken.chat:1"), "\(result.stdout)")
    #expect(!Self.hasUnsafe(result.stdout), "\(result.stdout.debugDescription)")
  }

  @Test func classifyJSONEscapesC1AndBidiControls() throws {
    let result = try BinaryRunner.run(
      ["classify", "--json"], input: Data("hi \u{9B}31m \u{202E}olleh\n".utf8), timeout: 60)
    #expect(result.status == 0)
    #expect(!Self.hasUnsafe(result.stdout), "\(result.stdout.debugDescription)")
    #expect(result.stdout.hasPrefix(#"{"text":"hi \u009b31m \u202eolleh","#), "\(result.stdout)")
  }

  @Test func thePipedConsoleEchoesNoBidiOverride() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite")], stdin: "/\u{202E}remotsuc\nhi\n")
    #expect(result.status == 1)
    #expect(!Self.hasUnsafe(result.stdout + result.stderr))
    // Errors go to stderr, replies to stdout.
    #expect(result.stderr.hasPrefix("Unknown command /remotsuc."), "\(result.stderr)")
    #expect(!result.stdout.contains("Unknown command"))
    #expect(!result.stdout.isEmpty)
  }

  @Test func aNULByteSeparatesWords() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let joined = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--as", "C-1001"], stdin: "where is order 10\u{0}02\n")
    let spaced = try BinaryRunner.run(
      ["--db", folder.file("y.sqlite"), "--as", "C-1001"], stdin: "where is order 10 02\n")
    let direct = try BinaryRunner.run(
      ["--db", folder.file("z.sqlite"), "--as", "C-1001"], stdin: "where is order 1002\n")
    #expect(joined.stdout == spaced.stdout)
    #expect(joined.stdout != direct.stdout, "\(joined.stdout)")
  }

  @Test func aCatastrophicTranscriptExpectationStopsAtItsBudget() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let file = folder.file("regex.chat")
    // The reply ends "aaa….": unbounded, (a+)+$ took over 40 s on it in a debug build.
    let name = String(repeating: "a", count: 50)
    try "> /customer \(name)\n< /(a+)+$/\n".write(toFile: file, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["test", file], input: Data(), timeout: 20)
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        \(file):2: expected the reply to match /(a+)+$/, got 'No customer \(name).'
        0 passed, 1 failed

        """)
  }

  @Test func aControlCharacterInRulesIsLocatedAtTheCharacter() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = try Self.catalog(in: folder, adding: ["rules.yml": "rules:\n  - name: x\u{7}y\n"])
    let start = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--intents", intents], stdin: "hi\n")
    #expect(start.status == 2)
    #expect(
      start.stderr == """
        \(intents)/rules.yml:2:12: error: invalid YAML: control characters are not allowed (U+0007)
          - name: x\u{FFFD}y
                   ^

        """)
  }
}
