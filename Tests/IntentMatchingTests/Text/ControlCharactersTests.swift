import Testing

@testable import IntentMatching

struct ControlCharactersTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var unsafe: Bool
    var testDescription: String { id }
  }

  static let long = String(repeating: "the order left the warehouse on Monday. ", count: 20)

  static let cases: [Case] = [
    Case(id: "plain ASCII", text: "hello", unsafe: false),
    Case(id: "tab and newline", text: "a\tb\nc", unsafe: false),
    Case(id: "Japanese", text: "営業時間は？", unsafe: false),
    Case(id: "ellipsis (0xE2 0x80, safe)", text: "wait…", unsafe: false),
    Case(id: "ideographic space and em dash", text: "a\u{3000}b — c", unsafe: false),
    Case(id: "U+00A0 (0xC2 0xA0, safe)", text: "a\u{A0}b", unsafe: false),
    Case(id: "U+2065 (0xE2 0x81 0xA5, safe)", text: "a\u{2065}", unsafe: false),
    Case(id: "U+202F (0xE2 0x80 0xAF, safe)", text: "a\u{202F}", unsafe: false),
    Case(id: "ESC", text: "a\u{1B}[31m", unsafe: true),
    Case(id: "BEL", text: "\u{07}", unsafe: true),
    Case(id: "NUL", text: "10\u{0}02", unsafe: true),
    Case(id: "DEL", text: "x\u{7F}", unsafe: true),
    Case(id: "U+0080 (first C1)", text: "\u{80}", unsafe: true),
    Case(id: "CSI U+009B", text: "x\u{9B}31m", unsafe: true),
    Case(id: "U+009F (last C1)", text: "x\u{9F}", unsafe: true),
    Case(id: "LRE U+202A", text: "\u{202A}x", unsafe: true),
    Case(id: "RLO U+202E", text: "/\u{202E}remotsuc", unsafe: true),
    Case(id: "isolate U+2066", text: "a\u{2066}b", unsafe: true),
    Case(id: "U+2069 last", text: "a\u{2069}", unsafe: true),
    Case(id: "long plain", text: long, unsafe: false),
    Case(id: "long, ESC at the end", text: long + "\u{1B}", unsafe: true),
    Case(id: "long, RLO in the middle", text: long + "\u{202E}" + long, unsafe: true),
    Case(
      id: "long Japanese", text: String(repeating: "注文1002の状況を教えて", count: 40), unsafe: false),
  ]

  @Test(arguments: cases)
  func theByteScanAgreesWithTheScalars(_ example: Case) {
    let unsafe = example.text.unicodeScalars.contains(where: ControlCharacters.isUnsafe)
    #expect(unsafe == example.unsafe)
    #expect(ControlCharacters.containsUnsafe(example.text) == unsafe)
    let visible = ControlCharacters.visible(example.text)
    #expect(!visible.unicodeScalars.contains(where: ControlCharacters.isUnsafe))
    #expect(unsafe || visible == example.text)
  }

  @Test func everyScalarUpToU3000AloneAndBetweenWordsAgrees() {
    for value in 0..<0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let around = ["", "ab", "the order left the warehouse "]
      for text in around.map({ $0 + String(scalar) + "cd" }) + [String(scalar)] {
        #expect(
          ControlCharacters.containsUnsafe(text) == ControlCharacters.isUnsafe(scalar),
          "U+\(String(value, radix: 16))")
      }
    }
  }

  @Test(arguments: ["\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{202E}", "\u{2069}"])
  func anUnsafeCharacterIsFoundAtEveryOffsetOfALongLine(_ unsafe: String) {
    let line = String(repeating: "abcdefgh", count: 6)
    for offset in 0...line.count {
      let index = line.index(line.startIndex, offsetBy: offset)
      var text = line
      text.insert(contentsOf: unsafe, at: index)
      #expect(ControlCharacters.containsUnsafe(text), "offset \(offset)")
    }
    #expect(!ControlCharacters.containsUnsafe(line + "\t\n~ "))
  }
}
