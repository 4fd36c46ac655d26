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
    let dates = DateSlot.find(in: text, today: today, hasDigit: traits.digits > 0)
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

/// What one pass over a line's bytes tells the slot recognisers before any expression runs.
private struct TextTraits {
  /// ASCII digits in the line.
  var digits = 0
  /// Whether it has an `@`.
  var hasAt = false
  /// Whether it has a byte outside ASCII.
  var hasNonASCII = false
  /// The line's bytes with ASCII letters lower-cased; empty when the line has neither a digit nor
  /// an `@`, as no recogniser that asks ``contains(_:)`` runs then (most lines).
  var folded: [UInt8] = []

  init(_ text: String) {
    // Read in place: stepping through `text.utf8` cost four times as much, on every line.
    let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      Self.scan(bytes, into: &self)
    }
    if read == nil { Self.scan(Array(text.utf8), into: &self) }
  }

  private static func scan<Bytes: Collection<UInt8>>(_ bytes: Bytes, into traits: inout Self) {
    var digits = 0
    var hasAt = false
    var hasNonASCII = false
    for byte in bytes {
      digits += byte &- 48 <= 9 ? 1 : 0
      hasAt = hasAt || byte == 64
      hasNonASCII = hasNonASCII || byte >= 0x80
    }
    (traits.digits, traits.hasAt, traits.hasNonASCII) = (digits, hasAt, hasNonASCII)
    guard digits > 0 || hasAt else { return }
    traits.folded = bytes.map { $0 &- 65 <= 25 ? $0 + 32 : $0 }
  }

  /// Whether the lower-cased ASCII `needle` occurs in the line, ignoring case.
  func contains(_ needle: StaticString) -> Bool {
    folded.contains(
      subsequence: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
  }
}
