/// Problems that load without error but break at run time: checked by `intents validate` with
/// what only the program knows (the handlers it registers and the slots they find themselves).
extension CatalogLinter {
  /// The slots the built-in recognisers fill (``SlotExtractor``).
  public static let builtInSlots: Set<String> = [
    "order_id", "invoice_id", "product_id", "customer_id", "email", "phone", "date", "amount",
    "quantity",
  ]

  /// The errors of `catalog` against the program's `handlers` (by name) and the slots
  /// `handlerSlots` that handlers find themselves: a `handler:` no handler implements, a slot
  /// that no recogniser (built-in or declared entity) or handler knows, and a catalog without
  /// intents. `files` (path → text) locate the offending value; without them the intent's
  /// location is given.
  public static func runTimeErrors(
    for catalog: IntentCatalog, directory: String, handlers: Set<String>,
    handlerSlots: Set<String>, files: [String: String] = [:]
  ) -> [CatalogError] {
    guard !catalog.intents.isEmpty else { return [.noIntents(in: directory)] }
    let slots = builtInSlots.union(catalog.entities.map(\.name)).union(handlerSlots)
    var errors: [CatalogError] = []
    for intent in catalog.intents {
      let lines = files[intent.location.path].map { SourceLines.split($0) } ?? []
      func error(_ message: String, key: String, value: String) -> CatalogError {
        let location =
          locate(key: key, value: value, in: lines, intent: intent.location) ?? intent.location
        let line = location.line <= lines.count ? String(lines[location.line - 1]) : nil
        return CatalogError(location: location, message: message, sourceLine: line)
      }
      if let handler = intent.handler, !handlers.contains(handler) {
        errors.append(
          error(
            "intent '\(intent.name)': no handler is named '\(handler)' (known: "
              + handlers.sorted().joined(separator: ", ") + ")", key: "handler", value: handler))
      }
      for slot in intent.slots where !slots.contains(slot) {
        errors.append(
          error(
            "intent '\(intent.name)': no recogniser or handler knows the slot '\(slot)' "
              + "(declare an entity of that name)", key: "slots", value: slot))
      }
    }
    return errors
  }

  /// The warnings of `catalog` that matter at run time: an intent with neither answers nor a
  /// handler, which the console can name but not answer.
  public static func runTimeWarnings(for catalog: IntentCatalog) -> [CatalogWarning] {
    catalog.intents.filter { $0.handler == nil && $0.answers.values.allSatisfy(\.isEmpty) }
      .map {
        CatalogWarning(
          location: $0.location, otherLocation: nil,
          message: "intent '\($0.name)' has no answers and no handler: it is recognised "
            + "but never answered")
      }
  }

  /// Where `value` is written under `key` in the intent that starts at `intent`: the first
  /// occurrence of the value as a whole word on the key's line or the lines under it, within
  /// the intent's block.
  static func locate(
    key: String, value: String, in lines: [Substring], intent: SourceLocation
  ) -> SourceLocation? {
    guard intent.line >= 1, intent.line <= lines.count else { return nil }
    let indent = intent.column - 1
    var keyLine: Int?
    for number in intent.line...lines.count {
      let line = lines[number - 1]
      let leading = line.prefix { $0 == " " || $0 == "-" }.count
      let content = line.dropFirst(leading)
      if number > intent.line, !content.isEmpty, !content.hasPrefix("#"),
        leading < indent
          || (leading == indent && line.dropFirst(max(0, indent - 2)).hasPrefix("- "))
      {
        break
      }
      if keyLine == nil, leading == indent, content.hasPrefix(key + ":") { keyLine = number }
      guard let keyLine else { continue }
      if number > keyLine, leading <= indent, !content.isEmpty { break }
      let searched = number == keyLine ? String(content.dropFirst(key.count + 1)) : String(line)
      let offset = number == keyLine ? leading + key.count + 1 : 0
      if let column = wholeWord(value, in: searched) {
        return SourceLocation(path: intent.path, line: number, column: offset + column + 1)
      }
    }
    return nil
  }

  private static func wholeWord(_ word: String, in text: String) -> Int? {
    let characters = Array(text)
    let target = Array(word)
    guard !target.isEmpty, characters.count >= target.count else { return nil }
    func isWord(_ character: Character) -> Bool {
      character.isLetter || character.isNumber || character == "_"
    }
    for start in 0...(characters.count - target.count)
    where Array(characters[start..<start + target.count]) == target {
      let before = start == 0 || !isWord(characters[start - 1])
      let end = start + target.count
      let after = end == characters.count || !isWord(characters[end])
      if before && after { return start }
    }
    return nil
  }
}
