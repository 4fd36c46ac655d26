import Testing

@testable import IntentMatching

struct LabelledDataTests {
  @Test func parsesQuotesCommasNewlinesAndCRLF() throws {
    let csv =
      "\u{FEFF}text,intent\r\n\"a, b\",x\r\n\"say \"\"hi\"\"\",y\r\n\"two\nlines\",z\r\nplain,w"
    let examples = try LabelledData.parse(csv, path: "data.csv")
    #expect(examples.map(\.text) == ["a, b", "say \"hi\"", "two\nlines", "plain"])
    #expect(examples.map(\.intent) == ["x", "y", "z", "w"])
    #expect(examples.map(\.line) == [2, 3, 4, 6])
  }

  @Test func optionalResponseColumns() throws {
    let csv = "text,intent,response_ja,response\nhello,greeting,こんにちは, Hello! \nhi,greeting,,\n"
    let examples = try LabelledData.parse(csv, path: "d.csv")
    #expect(examples.map(\.response) == ["Hello!", nil])
    #expect(examples.map(\.responseJapanese) == ["こんにちは", nil])
  }

  @Test func columnsInAnyOrder() throws {
    let examples = try LabelledData.parse("intent,id,text\ngreeting,1,hello\n", path: "d.csv")
    #expect(examples == [LabelledExample(text: "hello", intent: "greeting", line: 2)])
  }

  @Test(arguments: [
    ("text,label\nhello,greeting\n", "d.csv:1: missing column 'intent' in the header row"),
    ("utterance,intent\nhello,greeting\n", "d.csv:1: missing column 'text' in the header row"),
    ("", "d.csv: empty file: expected a header row 'text,intent'"),
    ("text,intent\n\"unterminated,x\n", "d.csv:2: unterminated quoted field"),
    ("text,intent\nok,x\n\"a\"\"b,y\n", "d.csv:3: unterminated quoted field"),
    ("text,intent\nhello\n", "d.csv:2: expected 2 fields, found 1"),
    ("text,intent\nhello,\n", "d.csv:2: empty intent"),
  ])
  func reportsBadFiles(_ csv: String, _ message: String) {
    let error = #expect(throws: DataFileError.self) {
      _ = try LabelledData.parse(csv, path: "d.csv")
    }
    #expect(error?.description == message)
  }

  @Test func missingFile() {
    let error = #expect(throws: DataFileError.self) {
      _ = try LabelledData.read(path: "/nonexistent/data.csv")
    }
    #expect(error?.description == "/nonexistent/data.csv: no such file")
  }

  @Test func splitIsDeterministicAndComplete() {
    let rows = (0..<100).map { LabelledExample(text: "t\($0)", intent: "i", line: $0 + 2) }
    let first = DataSplit.split(rows)
    let second = DataSplit.split(rows)
    #expect(first.heldOut == second.heldOut)
    #expect(first.heldOut.count == 20)
    #expect(Set((first.training + first.heldOut).map(\.text)).count == 100)
  }
}
