import Foundation

/// Writes intent catalogs: a catalog built from labelled examples (`intents import`) and the
/// calibrated settings into an existing catalog (`calibrate`).
public enum CatalogWriter {
  /// The first line of every file `intents import` writes: a later import may replace such a
  /// file, and never touches one without it.
  public static let ownershipMarker = "# Written by switchboard intents import."

  /// Whether `text` is a file an import wrote (its marker, or the first comment earlier
  /// imports wrote).
  public static func isOwned(_ text: String) -> Bool {
    let first = text.prefix { $0 != "\n" && $0 != "\r\n" }
    return first == ownershipMarker || first == "# Imported from labelled examples."
      || first == "# Utterances that belong to no intent."
  }

  /// The files of a catalog made from `examples`: `settings.yml`, `intents.yml` (one intent per
  /// label, in order of first appearance, examples as a plain list) and `out_of_scope.yml` (the
  /// `oos` rows), as file name → content. An intent answers with the distinct `response` and
  /// `response_ja` values of its rows (`answers:`, variants in order of first appearance).
  public static func importedCatalog(
    from examples: [LabelledExample], settings: CatalogSettings = CatalogSettings()
  ) -> [(name: String, text: String)] {
    var order: [String] = []
    var byIntent: [String: [String]] = [:]
    var outOfScope: [String] = []
    var seen: [String: Set<String>] = [:]
    var responses: [String: (plain: [String], japanese: [String])] = [:]
    for example in examples {
      let text = example.text.trimmed
      guard !text.isEmpty else { continue }
      if example.intent == Match.outOfScope {
        outOfScope.append(text)
        continue
      }
      let name = intentName(example.intent)
      if let response = example.response,
        !responses[name, default: ([], [])].plain.contains(response)
      {
        responses[name, default: ([], [])].plain.append(response)
      }
      if let response = example.responseJapanese,
        !responses[name, default: ([], [])].japanese.contains(response)
      {
        responses[name, default: ([], [])].japanese.append(response)
      }
      guard seen[name, default: []].insert(text).inserted else { continue }
      if byIntent[name] == nil { order.append(name) }
      byIntent[name, default: []].append(text)
    }
    var files: [(name: String, text: String)] = []
    let marker = ownershipMarker + "\n"
    files.append(("settings.yml", marker + settingsText(settings)))
    var intents =
      marker + "# Imported from labelled examples.\nintents:" + (order.isEmpty ? " []\n" : "\n")
    for name in order {
      intents += "  - name: \(name)\n    examples:\n"
      for text in byIntent[name] ?? [] { intents += "      - \(quoted(text))\n" }
      intents += answersText(responses[name] ?? ([], []))
    }
    files.append(("intents.yml", intents))
    if !outOfScope.isEmpty {
      var text = marker + "# Utterances that belong to no intent.\nout_of_scope:\n"
      for line in outOfScope { text += "  - \(quoted(line))\n" }
      files.append(("out_of_scope.yml", text))
    }
    return files
  }

  /// Writes `files` into `directory`, creating it when needed.
  public static func write(
    _ files: [(name: String, text: String)], to directory: String
  ) throws(DataFileError) {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
      for file in files {
        try Data(file.text.utf8).write(
          to: URL(fileURLWithPath: CatalogLoader.join(directory, file.name)))
      }
    } catch {
      throw DataFileError(path: directory, message: "cannot write the catalog: \(error)")
    }
  }

  /// An intent's `answers:` block: the plain responses (language detected) when there are no
  /// Japanese ones, else a map with `en` and `ja`.
  static func answersText(_ responses: (plain: [String], japanese: [String])) -> String {
    func list(_ values: [String], indent: String) -> String {
      values.map { indent + "- " + quoted($0) + "\n" }.joined()
    }
    if responses.japanese.isEmpty {
      guard !responses.plain.isEmpty else { return "" }
      return "    answers:\n" + list(responses.plain, indent: "      ")
    }
    var text = "    answers:\n"
    if !responses.plain.isEmpty {
      text += "      en:\n" + list(responses.plain, indent: "        ")
    }
    return text + "      ja:\n" + list(responses.japanese, indent: "        ")
  }

  /// A `settings:` block.
  static func settingsText(_ settings: CatalogSettings) -> String {
    "settings:\n  threshold: \(OutputFormat.number(settings.threshold))\n"
      + "  margin: \(OutputFormat.number(settings.margin))\n"
      + (settings.wordVectors.map { "  word_vectors: \(quoted($0.path))\n" } ?? "")
  }

  /// A label as an intent name: lowercase, `[a-z0-9_]` only.
  public static func intentName(_ label: String) -> String {
    let mapped = label.lowercased().unicodeScalars.map { scalar -> Character in
      let value = scalar.value
      let allowed = (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || value == 95
      return allowed ? Character(scalar) : "_"
    }
    let name = String(mapped)
    return name.isEmpty ? "intent" : name
  }

  /// `text` as a double-quoted YAML scalar.
  static func quoted(_ text: String) -> String {
    OutputFormat.quoted(text)
  }
}
