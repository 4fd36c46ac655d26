/// Payment card numbers in a line: 13 to 19 digits, spaces or dashes allowed between them, that
/// pass the Luhn check. They are never stored or echoed: the log keeps the last four digits.
enum CardNumbers {
  /// `text` with every card number masked but its last four digits (`**** **** **** 1111`),
  /// or nil when it holds none.
  static func masked(_ text: String) -> String? {
    // Most lines have fewer than 13 digits and are done after one pass over their bytes.
    guard DigitCount.of(text) >= 13 else { return nil }
    let characters = Array(text)
    var result = ""
    var found = false
    var index = 0
    while index < characters.count {
      guard characters[index].isASCII, characters[index].isNumber,
        index == 0 || !isDigitOrLetter(characters[index - 1]),
        let end = runEnd(characters, from: index)
      else {
        result.append(characters[index])
        index += 1
        continue
      }
      found = true
      var remaining = characters[index..<end].filter(\.isNumber).count
      for character in characters[index..<end] {
        if character.isNumber {
          result.append(remaining > 4 ? "*" : character)
          remaining -= 1
        } else {
          result.append(character)
        }
      }
      index = end
    }
    return found ? result : nil
  }

  /// The end of a card number starting at `start`: the longest run of digits with single
  /// spaces or dashes between them that has 13 to 19 digits and passes the Luhn check.
  private static func runEnd(_ characters: [Character], from start: Int) -> Int? {
    var digits: [Int] = []
    var index = start
    var best: Int?
    while index < characters.count, digits.count < 19 {
      let character = characters[index]
      if character.isASCII, let value = character.wholeNumberValue {
        digits.append(value)
        index += 1
        let atBoundary = index == characters.count || !isDigitOrLetter(characters[index])
        if digits.count >= 13, atBoundary, luhn(digits) { best = index }
      } else if character == " " || character == "-", index + 1 < characters.count,
        characters[index + 1].isASCII, characters[index + 1].isNumber
      {
        index += 1
      } else {
        break
      }
    }
    return best
  }

  /// An ASCII letter or digit: a card number may follow a Japanese word directly.
  private static func isDigitOrLetter(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber)
  }

  /// The Luhn checksum over `digits`.
  static func luhn(_ digits: [Int]) -> Bool {
    var sum = 0
    for (offset, digit) in digits.reversed().enumerated() {
      if offset % 2 == 1 {
        let doubled = digit * 2
        sum += doubled > 9 ? doubled - 9 : doubled
      } else {
        sum += digit
      }
    }
    return sum % 10 == 0
  }
}
