import Foundation

/// A product named in words in a line (`10 wireless mice`, `ワイヤレスマウスを10個`), found
/// among the company's products by their English or Japanese names.
public struct ProductMention: Sendable, Equatable {
  /// The product named.
  public var product: Product
  /// The number written just before an English name (`10 wireless mice`), if any.
  public var quantity: Int?

  /// Creates a mention.
  public init(product: Product, quantity: Int?) {
    self.product = product
    self.quantity = quantity
  }

  /// The product whose name the line holds, the longest name first (`USB-C Hub` before `Hub`);
  /// English names match whole words, singular or plural (`mice`, `hubs`, `headphones`),
  /// Japanese names as written, spaces aside.
  public static func find(in text: String, among products: [Product]) -> ProductMention? {
    let line = SearchText.normalized(text).lowercased()
    let words = Self.words(line)
    let compact = line.replacingOccurrences(of: " ", with: "")
    var best: (mention: ProductMention, length: Int)?
    for product in products {
      let name = Self.words(SearchText.normalized(product.nameEN).lowercased())
      if let start = Self.position(of: name, in: words) {
        let length = name.joined(separator: " ").count
        if length > best?.length ?? 0 {
          let quantity = start > 0 ? Int(words[start - 1]) : nil
          best = (ProductMention(product: product, quantity: quantity), length)
        }
      }
      let japanese = SearchText.normalized(product.nameJA).lowercased()
        .replacingOccurrences(of: " ", with: "")
      if !japanese.isEmpty, compact.contains(japanese), japanese.count > best?.length ?? 0 {
        best = (ProductMention(product: product, quantity: nil), japanese.count)
      }
    }
    return best?.mention
  }

  /// Where `name` starts as consecutive words of `words`, or nil.
  private static func position(of name: [String], in words: [String]) -> Int? {
    guard !name.isEmpty, name.count <= words.count else { return nil }
    for start in 0...(words.count - name.count)
    where words[start..<(start + name.count)].elementsEqual(name) {
      return start
    }
    return nil
  }

  /// The words of a lower-cased line, each in its singular form; a hyphen or a dot joins
  /// (`usb-c`, `27-inch`).
  static func words(_ line: String) -> [String] {
    line.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
      .map { singular(String($0).trimmingCharacters(in: CharacterSet(charactersIn: "-."))) }
      .filter { !$0.isEmpty }
  }

  /// English plural endings taken off: `mice` → `mouse`, `batteries` → `battery`, `boxes` →
  /// `box`, `stands` → `stand`; words of three letters or fewer and `-ss` stay.
  static func singular(_ word: String) -> String {
    if let irregular = irregularPlurals[word] { return irregular }
    guard word.count > 3, word.allSatisfy(\.isASCII) else { return word }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    for ending in ["ches", "shes", "sses", "xes", "zes"] where word.hasSuffix(ending) {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
      return String(word.dropLast())
    }
    return word
  }

  private static let irregularPlurals = [
    "mice": "mouse", "people": "person", "children": "child", "feet": "foot", "teeth": "tooth",
  ]
}
