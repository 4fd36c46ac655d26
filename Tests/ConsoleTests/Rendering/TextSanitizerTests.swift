import Console
import Testing

@Suite struct TextSanitizerTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    ("red \u{1B}[31mtext\u{1B}[0m", "red [31mtext[0m"),
    ("bell\u{07} and null\u{00}", "bell and null "),
    ("order 10\u{00}02", "order 10 02"),
    ("carriage\rreturn", "carriage return"),
    ("bidi /\u{202E}remotsuc", "bidi /remotsuc"),
    ("isolate \u{2066}x\u{2069} and embedding \u{202A}y\u{202C}", "isolate x and embedding y"),
    ("dash — and ellipsis …", "dash — and ellipsis …"),
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
