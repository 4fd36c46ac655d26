import Testing

@testable import Dialogue

struct DigitCountTests {
  @Test(arguments: [
    ("", 0), ("hello", 0), ("order 1002", 4), ("注文１００２", 0), ("4111 1111 1111 1111", 16),
    ("a1b2c3/:", 3), (String(repeating: "09", count: 40), 80),
  ])
  func countsTheASCIIDigits(_ text: String, _ expected: Int) {
    #expect(DigitCount.of(text) == expected)
  }
}
