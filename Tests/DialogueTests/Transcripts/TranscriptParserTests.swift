import Dialogue
import Testing

@Suite struct TranscriptParserTests {
  @Test func readsConversationsSettingsAndExpectations() throws {
    let text = """
      # comment
      @as C-1001
      > where is my order 1002?
      = order_status
      < shipped
      < /ship(ped)? on/
      ---
      @role agent
      > hello
      """
    let transcript = try TranscriptParser.parse(text, path: "t.chat")
    #expect(transcript.conversations.count == 2)
    let first = transcript.conversations[0]
    #expect(first.customerID == "C-1001")
    #expect(first.steps[0].text == "where is my order 1002?")
    #expect(first.steps[0].line == 3)
    #expect(
      first.steps[0].expectations == [
        .intent("order_status", line: 4), .contains("shipped", line: 5),
        .matches("ship(ped)? on", line: 6),
      ])
    #expect(transcript.conversations[1].role == "agent")
    #expect(transcript.conversations[1].customerID == "C-1001")
  }

  /// A transcript saved on Windows (CRLF) or an old Mac (CR) reads line by line, not as one line.
  @Test(arguments: ["\r\n", "\r"]) func readsOtherLineEndings(_ ending: String) throws {
    let text = ["> hi", "= greeting", "< welcome", "---", "> thanks"].joined(separator: ending)
    let transcript = try TranscriptParser.parse(text, path: "t.chat")
    #expect(transcript.conversations.count == 2)
    #expect(transcript.conversations[0].steps[0].text == "hi")
    #expect(
      transcript.conversations[0].steps[0].expectations == [
        .intent("greeting", line: 2), .contains("welcome", line: 3),
      ])
    #expect(transcript.conversations[1].steps[0].line == 5)
  }

  @Test func readsTheReferenceDayAndCarriesItToLaterConversations() throws {
    let text = """
      @today 2026-12-01
      > what do I owe?
      ---
      > hello
      """
    let transcript = try TranscriptParser.parse(text, path: "t.chat")
    #expect(transcript.conversations.map(\.today) == ["2026-12-01", "2026-12-01"])
    let without = try TranscriptParser.parse("> hello\n", path: "t.chat")
    #expect(without.conversations[0].today == nil)
  }

  @Test(arguments: [
    ("= greeting\n", "t.chat:1:1: error: '=' must follow a '>' line\n= greeting\n^"),
    ("> hi\n< /ship(/\n", "t.chat:2:3: error: invalid regular expression 'ship('\n< /ship(/\n  ^"),
    (
      "@colour red\n",
      "t.chat:1:2: error: unknown setting 'colour' (expected as, role, agent or today)\n"
        + "@colour red\n ^"
    ),
    (
      "@today tomorrow\n",
      "t.chat:1:8: error: '@today' needs a day as YYYY-MM-DD, got 'tomorrow'\n"
        + "@today tomorrow\n       ^"
    ),
    (
      "@today 2026-02-30\n",
      "t.chat:1:8: error: '@today' needs a day as YYYY-MM-DD, got '2026-02-30'\n"
        + "@today 2026-02-30\n       ^"
    ),
    (
      "hello\n",
      "t.chat:1:1: error: unexpected line: expected '>', '=', '<', '@', '#' or '---'\nhello\n^"
    ),
    (">\n", "t.chat:1:1: error: '>' needs the line to type\n>\n^"),
  ])
  func reportsBrokenLinesWithTheirPosition(text: String, expected: String) {
    #expect(throws: TranscriptError.self) { try TranscriptParser.parse(text, path: "t.chat") }
    do {
      _ = try TranscriptParser.parse(text, path: "t.chat")
    } catch {
      #expect(error.description == expected)
    }
  }
}
