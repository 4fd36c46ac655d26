import Foundation
import Yams

/// Stores `threshold` and `margin` in the catalog file that holds `settings:`, editing only those
/// values so comments and the rest of the file stay as written.
public enum SettingsUpdater {
  /// Updates the catalog in `directory`; returns the path of the file written.
  @discardableResult
  public static func store(
    _ settings: CatalogSettings, inCatalog directory: String
  ) throws(CatalogError) -> String {
    let names =
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
      .filter(CatalogLoader.isIntentFile)
    for name in names {
      let path = CatalogLoader.join(directory, name)
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      let file = YAMLFile(path: path, text: text)
      guard let root = try file.compose(text), case .mapping(let top) = root,
        let node = top["settings"]
      else { continue }
      let updated = try updated(text, settingsNode: node, settings: settings, file: file)
      try write(updated, to: path)
      return path
    }
    let path = CatalogLoader.join(directory, "settings.yml")
    var text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    try write(text + CatalogWriter.settingsText(settings), to: path)
    return path
  }

  /// `text` with the settings mapping's threshold and margin set.
  static func updated(
    _ text: String, settingsNode: Node, settings: CatalogSettings, file: YAMLFile
  ) throws(CatalogError) -> String {
    let mapping = try file.mapping(settingsNode, "'settings'")
    var lines = text.components(separatedBy: "\n")
    var missing: [(String, Double)] = []
    var edits: [(line: Int, column: Int, value: String)] = []
    for (key, value) in [("threshold", settings.threshold), ("margin", settings.margin)] {
      if let node = mapping[key], let mark = node.mark {
        edits.append((mark.line, mark.column, OutputFormat.number(value)))
      } else {
        missing.append((key, value))
      }
    }
    for edit in edits.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
      var scalars = Array(lines[edit.line - 1].unicodeScalars)
      let start = edit.column - 1
      var end = start
      while end < scalars.count, !" \t#,}".unicodeScalars.contains(scalars[end]) { end += 1 }
      scalars.replaceSubrange(start..<end, with: edit.value.unicodeScalars)
      var line = String.UnicodeScalarView()
      line.append(contentsOf: scalars)
      lines[edit.line - 1] = String(line)
    }
    if !missing.isEmpty {
      guard let first = mapping.keys.first, let mark = first.mark else {
        throw file.error("cannot add to an empty 'settings' mapping", at: settingsNode)
      }
      if mapping.style == .flow {
        var scalars = Array(lines[mark.line - 1].unicodeScalars)
        let insert = missing.map { "\($0.0): \(OutputFormat.number($0.1)), " }.joined()
        scalars.insert(contentsOf: insert.unicodeScalars, at: mark.column - 1)
        var line = String.UnicodeScalarView()
        line.append(contentsOf: scalars)
        lines[mark.line - 1] = String(line)
      } else {
        let indent = String(repeating: " ", count: mark.column - 1)
        let added = missing.map { indent + "\($0.0): \(OutputFormat.number($0.1))" }
        lines.insert(contentsOf: added, at: mark.line - 1)
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func write(_ text: String, to path: String) throws(CatalogError) {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    } catch {
      throw CatalogError(
        location: SourceLocation(path: path, line: 1, column: 1),
        message: "cannot write the file: \(error.localizedDescription)", sourceLine: nil)
    }
  }
}
