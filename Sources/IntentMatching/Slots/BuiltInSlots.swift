/// The built-in slot recognisers, applied to NFKC-folded text (full-width digits are ASCII).
enum BuiltInSlots {
  static let email = Pattern(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#)
  static let invoice = Pattern(#"(?<![A-Za-z0-9])inv-?(\d+)(?![0-9])"#, caseInsensitive: true)
  static let product = Pattern(#"(?<![A-Za-z0-9])p-(\d+)(?![0-9])"#, caseInsensitive: true)
  static let customer = Pattern(#"(?<![A-Za-z0-9])c-(\d+)(?![0-9])"#, caseInsensitive: true)
  static let phone = Pattern(
    #"(?<![\w\-])(?:(?:\+\d{1,3}[ \-]?)?(?:\(\d{1,4}\)[ \-]?|\d{1,4}[ \-])\d{3,4}[ \-]\d{3,4}|\+\d{10,13}|0\d{9,10})(?![\d\-])"#
  )
  static let amountSymbol = Pattern(#"([$€£¥])\s?(\d[\d,]*(?:\.\d+)?)"#)
  static let amountWord = Pattern(
    #"(\d[\d,]*(?:\.\d+)?)\s?(usd|eur|jpy|gbp|dollars?|euros?|yen|pounds?|円|ドル)(?![A-Za-z])"#,
    caseInsensitive: true)
  // Japanese counters follow a number directly, after kana or an id ("P-1001を10個").
  static let quantity = Pattern(
    #"(?<![A-Za-z0-9_\-])(\d+)\s?(?:units?|pcs|pieces?|items?|boxes?|packs?|個|台|点|枚|本|箱|つ)(?![A-Za-z])"#,
    caseInsensitive: true)
  /// A number the user calls an order ("order 12345678", "注文番号12"), of any length: it is
  /// the order asked about even when no order could have that number.
  static let namedOrder = Pattern(
    #"(?:order|注文)(?:\s*(?:no\.?|number|#|番号))?\s*(?:は|の|:)?\s*#?\s*(\d+)(?![\d\-]|[.,]\d)"#,
    caseInsensitive: true)
  static let orderID = Pattern(#"(?<![A-Za-z0-9_\-/.,])(\d{4,7})(?![A-Za-z0-9_\-/年]|[.,]\d)"#)

  /// The built-in slots of `text`.
  static func extract(_ text: String, today: CalendarDay?) -> [String: String] {
    var slots: [String: String] = [:]
    let traits = TextTraits(text)
    let dates = DateSlot.find(in: text, today: today, traits: traits)
    if let date = dates.first { slots["date"] = date.value }
    guard traits.digits > 0 || traits.hasAt else { return slots }
    var taken = dates.map(\.range)
    if traits.hasAt, let match = email.matches(in: text).first {
      slots["email"] = String(text[match.range])
      taken.append(match.range)
    }
    // Each pattern runs only when the cheap scan found what it needs.
    let prefixed: [(String, Pattern, String, Bool)] = [
      ("invoice_id", invoice, "INV-", traits.contains("inv")),
      ("product_id", product, "P-", traits.contains("p-")),
      ("customer_id", customer, "C-", traits.contains("c-")),
    ]
    for (name, pattern, prefix, possible) in prefixed where possible {
      for match in pattern.matches(in: text) {
        taken.append(match.range)
        if slots[name] == nil { slots[name] = prefix + (match.groups[0] ?? "") }
      }
    }
    guard traits.digits > 0 else { return slots }
    if let match = amount(in: text, traits: traits) {
      slots["amount"] = match.value
      taken.append(match.range)
    }
    // A quantity needs a unit word: an English one, or a Japanese counter (non-ASCII).
    let mayHaveUnit =
      traits.hasNonASCII || traits.contains("unit") || traits.contains("pc")
      || traits.contains("piece") || traits.contains("item") || traits.contains("box")
      || traits.contains("pack")
    for match in mayHaveUnit ? quantity.matches(in: text) : [] {
      taken.append(match.range)
      if slots["quantity"] == nil { slots["quantity"] = match.groups[0] }
    }
    // A phone number has at least 7 digits and an order number 4; fewer, and neither runs.
    for match in traits.digits >= 7 ? phone.matches(in: text) : []
    where !overlaps(match.range, taken) {
      taken.append(match.range)
      if slots["phone"] == nil { slots["phone"] = String(text[match.range]) }
    }
    let namesOrder = traits.contains("order") || (traits.hasNonASCII && traits.contains("注文"))
    for match in namesOrder ? namedOrder.matches(in: text) : []
    where !overlaps(match.range, taken) {
      slots["order_id"] = match.groups[0]
      return slots
    }
    for match in traits.digits >= 4 ? orderID.matches(in: text) : []
    where !overlaps(match.range, taken) {
      slots["order_id"] = match.groups[0]
      break
    }
    return slots
  }

  private static func overlaps(_ range: Range<String.Index>, _ taken: [Range<String.Index>])
    -> Bool
  {
    taken.contains { $0.overlaps(range) }
  }

  private static func amount(in text: String, traits: TextTraits)
    -> (value: String, range: Range<String.Index>)?
  {
    var found: [(value: String, range: Range<String.Index>)] = []
    let symbols =
      traits.contains("$")
      || (traits.hasNonASCII
        && (traits.contains("€") || traits.contains("£") || traits.contains("¥")))
    for match in symbols ? amountSymbol.matches(in: text) : [] {
      let code: String
      switch match.groups[0] {
      case "$": code = "USD"
      case "€": code = "EUR"
      case "£": code = "GBP"
      default: code = "JPY"
      }
      found.append((number(match.groups[1]) + " " + code, match.range))
    }
    // A currency word: an English one, or 円 / ドル (non-ASCII).
    let mayHaveCurrency =
      traits.hasNonASCII || traits.contains("usd") || traits.contains("eur")
      || traits.contains("jpy") || traits.contains("gbp") || traits.contains("dollar")
      || traits.contains("yen") || traits.contains("pound")
    for match in mayHaveCurrency ? amountWord.matches(in: text) : [] {
      let word = (match.groups[1] ?? "").lowercased()
      let code: String
      switch word {
      case "usd", "dollar", "dollars", "ドル": code = "USD"
      case "eur", "euro", "euros": code = "EUR"
      case "gbp", "pound", "pounds": code = "GBP"
      default: code = "JPY"
      }
      found.append((number(match.groups[0]) + " " + code, match.range))
    }
    return found.min { $0.range.lowerBound < $1.range.lowerBound }
  }

  private static func number(_ text: String?) -> String {
    (text ?? "").filter { $0 != "," }
  }
}
