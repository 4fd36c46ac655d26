import Foundation
import IntentMatching
import Yams

/// `rules.yml` being read: its display path and lines, and typed accessors over Yams nodes that
/// throw ``RuleError`` at the node's line and column.
struct RulesFile {
  /// The path as printed in messages.
  let path: String
  /// The file's lines, for the caret display.
  let lines: [Substring]

  /// Reads `text` as the content of `path`.
  init(path: String, text: String) {
    self.path = path
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The location of a Yams mark (line 1, column 1 when there is none).
  func location(_ mark: Mark?) -> SourceLocation {
    SourceLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  /// An error at `mark` with its source line.
  func error(_ message: String, at mark: Mark?) -> RuleError {
    let location = location(mark)
    let index = location.line - 1
    var line: String?
    if index >= 0, index < lines.count {
      line = String(lines[index])
      if line?.hasSuffix("\r") == true { line?.removeLast() }
    }
    return RuleError(location: location, message: message, sourceLine: line)
  }

  /// An error at `node`.
  func error(_ message: String, at node: Node) -> RuleError { error(message, at: node.mark) }

  /// What kind of node it is, for "expected X, found Y".
  func kind(of node: Node) -> String {
    switch node {
    case .scalar(let scalar):
      return node.null != nil && scalar.style == .plain ? "nothing" : "a scalar"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  /// The mapping's entries, each key checked against `allowed`.
  func entries(_ node: Node, _ what: String, allowed: Set<String>) throws(RuleError)
    -> [(key: String, keyNode: Node, value: Node)]
  {
    guard case .mapping(let mapping) = node else {
      throw error("expected a mapping for \(what), found \(kind(of: node))", at: node)
    }
    var result: [(key: String, keyNode: Node, value: Node)] = []
    for (keyNode, value) in mapping {
      let key = try string(keyNode, "a key")
      guard allowed.contains(key) else {
        let known = allowed.sorted().joined(separator: ", ")
        throw error("unknown key '\(key)' in \(what) (expected one of: \(known))", at: keyNode)
      }
      result.append((key, keyNode, value))
    }
    return result
  }

  /// The node as a list.
  func sequence(_ node: Node, _ what: String) throws(RuleError) -> [Node] {
    guard case .sequence(let sequence) = node else {
      throw error("expected a list for \(what), found \(kind(of: node))", at: node)
    }
    return Array(sequence)
  }

  /// The node as a non-empty string.
  func string(_ node: Node, _ what: String) throws(RuleError) -> String {
    guard case .scalar(let scalar) = node, kind(of: node) != "nothing" else {
      throw error("expected a string for \(what), found \(kind(of: node))", at: node)
    }
    let text = scalar.string.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { throw error("empty string for \(what)", at: node) }
    return text
  }

  /// A string or a list of strings, each with its node.
  func strings(_ node: Node, _ what: String) throws(RuleError) -> [(String, Node)] {
    if case .sequence(let items) = node {
      var result: [(String, Node)] = []
      for item in items { result.append((try string(item, what), item)) }
      if result.isEmpty { throw error("empty list for \(what)", at: node) }
      return result
    }
    return [(try string(node, what), node)]
  }

  /// The node as a number.
  func number(_ node: Node, _ what: String) throws(RuleError) -> Double {
    let text = try string(node, what)
    guard let value = Double(text.replacingOccurrences(of: ",", with: "")), value.isFinite else {
      throw error("expected a number for \(what), found '\(text)'", at: node)
    }
    return value
  }

  /// Values of a closed set (roles, tiers, ...), named `what`, from a string or a list.
  func values<Value>(
    _ node: Node, _ what: String, parse: (String) -> Value?, known: [String]
  ) throws(RuleError) -> [Value] {
    var result: [Value] = []
    for (text, item) in try strings(node, what) {
      guard let value = parse(text) else {
        throw error(
          "unknown \(what) '\(text)' (expected one of: \(known.joined(separator: ", ")))",
          at: item)
      }
      result.append(value)
    }
    return result
  }

  /// A text in both languages: a plain string (used for both) or a map `en:`/`ja:`.
  func localized(_ node: Node, _ what: String) throws(RuleError) -> [Language: String] {
    if case .mapping = node {
      var result: [Language: String] = [:]
      for entry in try entries(node, what, allowed: Set(Language.allCases.map(\.rawValue))) {
        if let language = Language(rawValue: entry.key) {
          result[language] = try string(entry.value, what)
        }
      }
      return result
    }
    let text = try string(node, what)
    return Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, text) })
  }
}
