import Foundation
import Yams

/// Parses data files (intent files, `rules.yml`) the same way: anchors and aliases refused,
/// lines counted as the parser counts them, syntax errors located with a short excerpt.
public enum YAMLText {
  /// The root node of `text`, shown as `path` in errors (`nil` for an empty file).
  public static func compose(_ text: String, path: String) throws(CatalogError) -> Node? {
    try YAMLFile(path: path, text: text).compose(text)
  }
}

/// One intent file being read: its display path, its lines, and typed accessors over Yams nodes
/// that throw ``CatalogError`` with the node's line and column.
struct YAMLFile {
  /// The path as printed in messages (directory argument joined with the file name).
  let path: String
  /// The file's lines, for the caret display.
  let lines: [Substring]

  /// Reads `text` as the content of `path`.
  init(path: String, text: String) {
    self.path = path
    self.lines = SourceLines.split(text)
  }

  /// The location of `node` (line 1, column 1 when Yams gives none).
  func location(of node: Node) -> SourceLocation {
    location(node.mark)
  }

  /// The location of a Yams mark.
  func location(_ mark: Mark?) -> SourceLocation {
    SourceLocation(path: path, line: max(1, mark?.line ?? 1), column: max(1, mark?.column ?? 1))
  }

  /// An error at `location` with its source line.
  func error(_ message: String, at location: SourceLocation) -> CatalogError {
    let index = location.line - 1
    var line: String?
    if index >= 0, index < lines.count {
      line = String(lines[index])
    }
    return CatalogError(location: location, message: message, sourceLine: line)
  }

  /// An error at `node`.
  func error(_ message: String, at node: Node) -> CatalogError {
    error(message, at: location(of: node))
  }

  /// Parses the text into its root node (`nil` for an empty file), mapping YAML syntax errors.
  /// Scalars are read as text by the accessors, so no tag is resolved: the basic resolver spares
  /// the default one's regular expressions (about 9 M instructions at start-up).
  /// Anchors and aliases are refused before parsing (see ``YAMLAliasScanner``).
  func compose(_ text: String) throws(CatalogError) -> Node? {
    if let finding = YAMLAliasScanner.first(in: text) {
      throw error(
        "anchors and aliases are not allowed (found \(finding.description))",
        at: SourceLocation(path: path, line: finding.line, column: finding.column))
    }
    do {
      return try Yams.compose(yaml: text, .basic)
    } catch let yamlError as YamlError {
      throw syntaxError(yamlError)
    } catch {
      throw self.error("invalid YAML: \(error)", at: location(nil))
    }
  }

  private func syntaxError(_ yamlError: YamlError) -> CatalogError {
    switch yamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = "invalid YAML: \(problem)"
      guard let context else { return error(message, at: location(mark)) }
      message += " " + context.text
      let index = mark.line - 1
      let blank = index >= lines.count || lines[index].allSatisfy { $0 == " " || $0 == "\r" }
      return error(message, at: location(blank ? context.mark : mark))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.map { "'\(SourceExcerpt.short($0))'" }.joined(separator: ", ")
      let first = location(context.mark)
      let second = duplicates.first.flatMap { repeatedKey($0, after: first) }
      guard let second else { return error("duplicate key \(names)", at: first) }
      return error("duplicate key \(names) (first at line \(first.line))", at: second)
    case .reader(let problem, let offset, let value, let yaml):
      var message = "invalid YAML: \(problem)"
      if (0..<0x20).contains(value) || (0x7F..<0xA0).contains(value) {
        message += " (U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4) + ")"
      }
      guard let offset, let position = SourceLines.position(ofCharacterOffset: offset, in: yaml)
      else { return error(message, at: location(nil)) }
      return error(
        message, at: SourceLocation(path: path, line: position.line, column: position.column))
    default:
      return error("invalid YAML: \(yamlError)", at: location(nil))
    }
  }

  /// The next line at the same indentation as `first` that repeats `key:`.
  private func repeatedKey(_ key: String, after first: SourceLocation) -> SourceLocation? {
    let indent = String(repeating: " ", count: max(0, first.column - 1))
    guard first.line >= 1, first.line < lines.count else { return nil }
    for index in first.line..<lines.count {
      let line = lines[index]
      if line.hasPrefix(indent + key + ":") {
        return SourceLocation(path: path, line: index + 1, column: first.column)
      }
    }
    return nil
  }

  /// A short name of the node's kind, for "expected X, found Y" messages.
  func kind(of node: Node) -> String {
    switch node {
    case .scalar(let scalar):
      if node.null != nil, scalar.style == .plain { return "nothing" }
      return "a scalar"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  /// The node as a mapping, or an error naming `what`.
  func mapping(_ node: Node, _ what: String) throws(CatalogError) -> Node.Mapping {
    guard case .mapping(let mapping) = node else {
      throw error("expected a mapping for \(what), found \(kind(of: node))", at: node)
    }
    return mapping
  }

  /// The node as a list, or an error naming `what`.
  func sequence(_ node: Node, _ what: String) throws(CatalogError) -> [Node] {
    guard case .sequence(let sequence) = node else {
      throw error("expected a list for \(what), found \(kind(of: node))", at: node)
    }
    return Array(sequence)
  }

  /// The node as a non-empty string, or an error naming `what`.
  func string(_ node: Node, _ what: String) throws(CatalogError) -> String {
    guard case .scalar(let scalar) = node, kind(of: node) != "nothing" else {
      throw error("expected a string for \(what), found \(kind(of: node))", at: node)
    }
    let text = scalar.string.trimmed
    if text.isEmpty { throw error("empty string for \(what)", at: node) }
    return text
  }

  /// A string, or a list of strings, as a list.
  func strings(_ node: Node, _ what: String) throws(CatalogError) -> [(String, Node)] {
    if case .sequence(let sequence) = node {
      var result: [(String, Node)] = []
      for item in sequence { result.append((try string(item, what), item)) }
      return result
    }
    return [(try string(node, what), node)]
  }

  /// The mapping's keys as strings, checking each against `allowed`.
  func entries(
    _ mapping: Node.Mapping, allowed: Set<String>?
  ) throws(CatalogError) -> [(key: String, keyNode: Node, value: Node)] {
    var result: [(key: String, keyNode: Node, value: Node)] = []
    for (keyNode, value) in mapping {
      let key = try string(keyNode, "a key")
      if let allowed, !allowed.contains(key) {
        throw error("unknown key '\(SourceExcerpt.short(key))'", at: keyNode)
      }
      result.append((key, keyNode, value))
    }
    return result
  }

  /// A language key (`en`, `ja`), or an error.
  func language(_ key: String, at node: Node) throws(CatalogError) -> Language {
    guard let language = Language(rawValue: key) else {
      let known = Language.allCases.map(\.rawValue).joined(separator: ", ")
      throw error(
        "unknown language '\(SourceExcerpt.short(key))' (expected one of: \(known))", at: node)
    }
    return language
  }

  /// Texts with their languages: a plain list (language detected) or a map language → list.
  func localizedTexts(
    _ node: Node, _ what: String
  ) throws(CatalogError) -> [(text: String, language: Language, location: SourceLocation)] {
    var result: [(text: String, language: Language, location: SourceLocation)] = []
    if case .mapping(let mapping) = node {
      for entry in try entries(mapping, allowed: nil) {
        let language = try self.language(entry.key, at: entry.keyNode)
        for (text, item) in try strings(entry.value, what) {
          result.append((text, language, location(of: item)))
        }
      }
    } else if case .sequence = node {
      for (text, item) in try strings(node, what) {
        result.append((text, Language.detect(text), location(of: item)))
      }
    } else {
      throw error(
        "expected a list or a map of languages for \(what), found \(kind(of: node))", at: node)
    }
    return result
  }
}

extension String {
  /// The string with zeros in front up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
