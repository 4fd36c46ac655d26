import IntentMatching
import Office

/// Employee names in a line: capitalised words (`Sato`, `Sato's`) and Japanese names before an
/// honorific (`佐藤さん`, `佐藤様`, `佐藤氏`).
enum EmployeeNames {
  /// Candidate names in `text`, in order.
  static func candidates(in text: String) -> [String] {
    var names: [String] = []
    for word in text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’") }) {
      var name = Substring(word)
      for suffix in ["'s", "’s", "'", "’"] where name.hasSuffix(suffix) {
        name = name.dropLast(suffix.count)
      }
      guard let first = name.first, first.isUppercase, first.isASCII, name.count >= 2 else {
        continue
      }
      names.append(String(name))
    }
    for honorific in ["さん", "様", "氏"] {
      var searchFrom = text.startIndex
      while let found = text.range(of: honorific, range: searchFrom..<text.endIndex) {
        searchFrom = found.upperBound
        var start = found.lowerBound
        while start > text.startIndex {
          let previous = text.index(before: start)
          guard isNameCharacter(text[previous]) else { break }
          start = previous
        }
        if start < found.lowerBound { names.append(String(text[start..<found.lowerBound])) }
      }
    }
    return names
  }

  /// Kanji and katakana (and the long-vowel sign) make up written Japanese names.
  private static func isNameCharacter(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x30A0...0x30FF, 0x3005: return true
    default: return false
    }
  }
}

extension LeaveBalanceHandler {
  /// An employee named in the line.
  func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws -> String? {
    guard slot == "employee" else { return nil }
    for name in EmployeeNames.candidates(in: text)
    where try context.office.hasEmployee(named: name).value == true {
      return name
    }
    return nil
  }

  var slotsFoundInWords: Set<String> { ["employee"] }
}
