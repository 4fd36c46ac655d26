/// The display form of record ids (`C-1001`, `INV-1001`, ...) and their parsing.
///
/// Records are numbered from 1001 in the database; the prefix names the kind of record.
public enum RecordID: String, Sendable, CaseIterable {
  case customer = "C"
  case product = "P"
  case invoice = "INV"
  case payment = "PAY"
  case refund = "R"
  case ticket = "T"
  case lead = "L"
  case employee = "E"
  case contract = "K"
  case itAccount = "IT"

  /// `C-1001` for 1001.
  public func format(_ number: Int64) -> String { rawValue + "-" + String(number) }

  /// The number in `text` (`C-1001`, `c1001`, `1001`), or nil when it is not an id of this kind.
  public func parse(_ text: String) -> Int64? {
    var rest = Substring(text.trimmingCharactersInWhitespace())
    if rest.uppercased().hasPrefix(rawValue) {
      rest = rest.dropFirst(rawValue.count)
      if rest.first == "-" { rest = rest.dropFirst() }
    }
    guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int64(rest), number > 0
    else { return nil }
    return number
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines (no Foundation needed).
  package func trimmingCharactersInWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}
