import Foundation

/// Writes intent catalogs: a catalog built from labelled examples (`intents import`) and the
/// calibrated settings into an existing catalog (`calibrate`).
public enum CatalogWriter {
  /// The files of a catalog made from `examples`: `settings.yml`, `intents.yml` (one intent per
  /// label, in order of first appearance, examples as a plain list) and `out_of_scope.yml` (the
  /// `oos` rows), as file name → content.
  public static func importedCatalog(
    from examples: [LabelledExample], settings: CatalogSettings = CatalogSettings()
  ) -> [(name: String, text: String)] {
    var order: [String] = []
    var byIntent: [String: [String]] = [:]
    var outOfScope: [String] = []
    var seen: [String: Set<String>] = [:]
    for example in examples {
      let text = example.text.trimmed
      guard !text.isEmpty else { continue }
      if example.intent == Match.outOfScope {
        outOfScope.append(text)
        continue
      }
      let name = intentName(example.intent)
      guard seen[name, default: []].insert(text).inserted else { continue }
      if byIntent[name] == nil { order.append(name) }
      byIntent[name, default: []].append(text)
    }
    var files: [(name: String, text: String)] = []
    files.append(("settings.yml", settingsText(settings)))
    var intents = "# Imported from labelled examples.\nintents:" + (order.isEmpty ? " []\n" : "\n")
    for name in order {
      intents += "  - name: \(name)\n    examples:\n"
      for text in byIntent[name] ?? [] { intents += "      - \(quoted(text))\n" }
    }
    files.append(("intents.yml", intents))
    if !outOfScope.isEmpty {
      var text = "# Utterances that belong to no intent.\nout_of_scope:\n"
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

  /// A `settings:` block.
  static func settingsText(_ settings: CatalogSettings) -> String {
    "settings:\n  threshold: \(OutputFormat.number(settings.threshold))\n"
      + "  margin: \(OutputFormat.number(settings.margin))\n"
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
