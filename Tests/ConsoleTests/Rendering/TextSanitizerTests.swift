import Console
import Testing

@Suite struct TextSanitizerTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    ("red \u{1B}[31mtext\u{1B}[0m", "red [31mtext[0m"),
    ("bell\u{07} and null\u{00}", "bell and null"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("c1 \u{9B}31m csi", "c1 31m csi"),
    ("title \u{1B}]0;pwned\u{07}", "title ]0;pwned"),
    ("日本語\u{1B}のテキスト", "日本語のテキスト"),
    ("delete\u{7F}", "delete"),
  ])
  func removesControlsButKeepsNewlineAndTab(input: String, expected: String) {
    #expect(TextSanitizer.clean(input) == expected)
  }
}
