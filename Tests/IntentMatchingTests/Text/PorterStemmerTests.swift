import Testing

@testable import IntentMatching

struct PorterStemmerTests {
  /// Pairs from Porter's paper and the reference vocabulary, plus support-desk words.
  static let cases: [(String, String)] = [
    ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("cats", "cat"),
    ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"),
    ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"),
    ("hopping", "hop"), ("falling", "fall"), ("filing", "file"), ("happy", "happi"),
    ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"),
    ("generalization", "gener"), ("connection", "connect"), ("running", "run"),
    ("refunds", "refund"), ("refunded", "refund"), ("passwords", "password"),
    ("shipping", "ship"), ("shipped", "ship"), ("invoices", "invoic"), ("is", "is"),
    ("1002", "1002"), ("café", "café"),
  ]

  @Test(arguments: cases)
  func stems(_ word: String, _ expected: String) {
    #expect(PorterStemmer.stem(word) == expected)
  }
}
