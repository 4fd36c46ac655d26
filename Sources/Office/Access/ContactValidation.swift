/// Format checks for contact details before they are stored.
public enum ContactValidation {
  /// Whether `text` looks like an email address: one `@`, a local part, a dotted domain, no
  /// spaces, at most 254 characters.
  public static func isValidEmail(_ text: String) -> Bool {
    guard text.count <= 254, !text.contains(where: { $0.isWhitespace || $0 == "," }) else {
      return false
    }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, let top = labels.last, top.count >= 2,
      top.allSatisfy({ $0.isLetter })
    else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty && label.first != "-" && label.last != "-"
        && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
  }

  /// Whether `text` looks like a phone number: an optional leading `+`, then 7 to 15 digits with
  /// spaces, hyphens, dots or parentheses between them.
  public static func isValidPhone(_ text: String) -> Bool {
    var body = Substring(text)
    if body.first == "+" { body = body.dropFirst() }
    let digits = body.filter { $0.isASCII && $0.isNumber }.count
    let allowed = body.allSatisfy { ($0.isASCII && $0.isNumber) || " -.()".contains($0) }
    return allowed && (7...15).contains(digits) && body.first.map { $0 != "-" } ?? false
  }
}
