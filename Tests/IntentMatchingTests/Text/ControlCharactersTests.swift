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
    Case(id: "ellipsis (0xE2, safe)", text: "wait…", unsafe: false),
    Case(id: "ESC", text: "a\u{1B}[31m", unsafe: true),
    Case(id: "BEL", text: "\u{07}", unsafe: true),
    Case(id: "NUL", text: "10\u{0}02", unsafe: true),
    Case(id: "DEL", text: "x\u{7F}", unsafe: true),
    Case(id: "CSI U+009B", text: "x\u{9B}31m", unsafe: true),
    Case(id: "RLO U+202E", text: "/\u{202E}remotsuc", unsafe: true),
    Case(id: "isolate U+2066", text: "a\u{2066}b", unsafe: true),
    Case(id: "long plain", text: long, unsafe: false),
    Case(id: "long, ESC at the end", text: long + "\u{1B}", unsafe: true),
    Case(id: "long, RLO in the middle", text: long + "\u{202E}" + long, unsafe: true),
    Case(id: "long Japanese", text: String(repeating: "注文1002の状況を教えて", count: 40), unsafe: false),
  ]

  @Test(arguments: cases)
  func theCheapTestNeverMissesAnUnsafeCharacter(_ example: Case) {
    let unsafe = example.text.unicodeScalars.contains(where: ControlCharacters.isUnsafe)
    #expect(unsafe == example.unsafe)
    if unsafe { #expect(ControlCharacters.mayHoldUnsafe(example.text)) }
    // A text without 0xC2, 0xE2 or a control byte is passed by the cheap test alone.
    if !example.text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
      #expect(!ControlCharacters.mayHoldUnsafe(example.text))
    }
    #expect(
      ControlCharacters.visible(example.text).unicodeScalars.contains(
        where: ControlCharacters.isUnsafe) == false)
  }

  @Test func aSubstringOfABridgedOrSharedStringIsScannedToo() {
    let text = String(Self.long.dropFirst(3)) + "\u{9B}"
    #expect(ControlCharacters.mayHoldUnsafe(text))
    #expect(!ControlCharacters.mayHoldUnsafe(String(Self.long.dropLast(2))))
  }
}
