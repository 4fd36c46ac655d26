import Foundation

/// Clean-up of names typed by people before they are looked up.
package enum SearchText {
  /// Honorifics around a person's name that are not part of it.
  private static let suffixes = ["さん", "様", "さま", "くん", "君", "氏", "-san", " san"]
  private static let prefixes = ["mr. ", "mrs. ", "ms. ", "mr ", "mrs ", "ms ", "dr. ", "dr "]

  /// `text` with full-width letters and digits made ASCII (NFKC) and outer spaces removed.
  package static func normalized(_ text: String) -> String {
    text.precomposedStringWithCompatibilityMapping.trimmingCharactersInWhitespace()
  }

  /// A person's name without honorifics: `佐藤さん` → `佐藤`, `Mr. Sato` → `Sato`.
  package static func personName(_ text: String) -> String {
    var name = normalized(text)
    for suffix in suffixes where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
      name = String(name.dropLast(suffix.count))
    }
    for prefix in prefixes where name.lowercased().hasPrefix(prefix) && name.count > prefix.count {
      name = String(name.dropFirst(prefix.count))
    }
    return name.trimmingCharactersInWhitespace()
  }
}
