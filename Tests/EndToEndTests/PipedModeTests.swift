import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct PipedModeTests {
  @Test func answersEnglishThenJapaneseAndLogsEveryTurn() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let result = try BinaryRunner.run(
      ["--db", db, "--intents", RepositoryPaths.intents],
      stdin: "hi\nwhat are your opening hours?\n営業時間は？\n/why\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stdout.contains("\u{1B}"))
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let english = try #require(lines.firstIndex { $0.contains("Monday to Friday") })
    let japanese = try #require(lines.firstIndex { $0.contains("平日") })
    #expect(english < japanese)
    #expect(result.stdout.contains("Decision: business_hours"))

    let export = try BinaryRunner.run(["export", "messages", "--db", db])
    #expect(export.status == 0)
    let messages = export.stdout.split(separator: "\n")
    #expect(messages.count == 6)
    #expect(messages.filter { $0.contains("\"intent\":\"business_hours\"") }.count == 4)
    #expect(messages.filter { $0.contains("\"intent\":\"greeting\"") }.count == 2)
  }

  /// The console's plain options are read without ArgumentParser's model (a start-up shortcut);
  /// each must still reach the session, and a bad value still gets ArgumentParser's error.
  @Test func theConsolesOptionsReachTheLogAndBadOnesAreReported() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let db = folder.file("x.sqlite")
    let result = try BinaryRunner.run(
      ["--db", db, "--as", "C-1001", "--role", "finance", "--agent", "ksato", "--no-color"],
      stdin: "hi\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let export = try BinaryRunner.run(["export", "messages", "--db", db])
    let messages = export.stdout.split(separator: "\n")
    #expect(messages.count == 2)
    #expect(messages.allSatisfy { $0.contains("\"agent\":\"ksato\",\"role\":\"finance\"") })

    let conversations = try BinaryRunner.run(["export", "conversations", "--db", db])
    #expect(conversations.stdout.contains("\"customer_id\":\"C-1001\""))

    let badRole = try BinaryRunner.run(["--db", db, "--role", "boss"], stdin: "hi\n")
    #expect(badRole.status == 64)
    #expect(badRole.stderr.contains("'boss' is invalid for '--role <role>'"))
    let unknownCustomer = try BinaryRunner.run(["--db", db, "--as", "C-99999"], stdin: "hi\n")
    #expect(unknownCustomer.status == 2)
    #expect(unknownCustomer.stderr.contains("--as: no customer 'C-99999'"))
  }

  @Test func outputDependsOnlyOnInputAndData() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let input = "# a comment\n\nhello\nwhere is my order\n1002\n/why\nありがとう\n"
    let first = try BinaryRunner.run(["--db", folder.file("a.sqlite")], stdin: input)
    let second = try BinaryRunner.run(["--db", folder.file("b.sqlite")], stdin: input)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(!first.stdout.contains("a comment"))
  }

  @Test func controlSequencesAndInvalidUTF8AreHandled() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    var input = Data("hello \u{1B}[2J\u{1B}]0;title\u{07}there\n".utf8)
    input.append(contentsOf: [0x68, 0x69, 0xFF, 0xFE, 0x0A])
    let result = try BinaryRunner.run(["--db", folder.file("x.sqlite")], input: input)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("\u{07}"))
  }

  @Test func aOneMegabyteLineIsRefusedWithAClearMessage() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let input = String(repeating: "order ", count: 180_000) + "\nhello\n"
    let result = try BinaryRunner.run(["--db", folder.file("x.sqlite")], stdin: input)
    #expect(result.status == 1)
    #expect(result.stderr.contains("switchboard: stdin line 1: too long (1080000 bytes"))
    #expect(result.stdout.contains("Welcome"))
  }

  @Test func aBrokenCatalogStopsWithItsLocationAndStatus2() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let intents = folder.file("intents")
    try FileManager.default.createDirectory(atPath: intents, withIntermediateDirectories: true)
    try """
    intents:
      - name: greeting
        exmaples:
          - hello
    """.write(toFile: intents + "/faq.yml", atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(
      ["--db", folder.file("x.sqlite"), "--intents", intents], stdin: "hello\n")
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("\(intents)/faq.yml:3:5: error: unknown key 'exmaples'"))
    #expect(result.stdout.isEmpty)
  }
}
