import Foundation
import TestSupport
import Testing

/// Products named in words instead of numbered, in English and Japanese, answered from the
/// records (the demo company's P-1001 is the Wireless Mouse, ワイヤレスマウス).
@Suite(.serialized) struct ProductNamesTests {
  @Test(arguments: [
    ("quote for 10 wireless mice", "sales_quote", "Quote for 10 × Wireless Mouse (P-1001)"),
    ("ワイヤレスマウスを10個見積もりしてください", "sales_quote", "ワイヤレスマウス（P-1001） 10個"),
    ("do you have wireless mice in stock?", "stock_check", "Wireless Mouse (P-1001)"),
    ("how much is the mechanical keyboard?", "product_price", "Mechanical Keyboard (P-1002)"),
    ("ノイズキャンセリングヘッドホンの在庫はありますか", "stock_check", "ノイズキャンセリングヘッドホン（P-1006）"),
  ])
  func aProductNamedInWordsIsAnswered(line: String, intent: String, answer: String) throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let result = try BinaryRunner.run(
      ["ask", "--json", "--as", "C-1001", line, "--db", folder.file("x.sqlite")])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let reply = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(reply["intent"] as? String == intent)
    let response = try #require(reply["response"] as? String)
    #expect(response.contains(answer), "\(response)")
    #expect(!response.contains("P-1001)を教えて") && !response.contains("give me the product number"))
  }
}
