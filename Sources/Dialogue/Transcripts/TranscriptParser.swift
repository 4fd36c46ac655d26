import Foundation
import IntentMatching

/// A malformed line in a `*.chat` file.
public struct TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// What is wrong.
  public var message: String
  /// The offending line.
  public var sourceLine: String

  /// `path:line:column: error: message`, the line and a caret, as intent-file errors print.
  public var description: String {
    CatalogError(
      location: SourceLocation(path: path, line: line, column: column), message: message,
      sourceLine: sourceLine
    ).description
  }
}

/// Reads the `*.chat` transcript format of the command-line contract.
public enum TranscriptParser {
  /// Parses `text`, read from `path`.
  public static func parse(_ text: String, path: String) throws(TranscriptError) -> Transcript {
    var conversations: [Transcript.Conversation] = []
    var current = Transcript.Conversation()
    // Windows (CRLF) and old Mac (CR) line endings end lines too: Swift reads "\r\n" as one
    // character, which a split on "\n" would never find.
    var lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    ).map(String.init)
    if lines.last == "" { lines.removeLast() }
    for (index, rawLine) in lines.enumerated() {
      let number = index + 1
      let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : rawLine
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      func fail(_ message: String, column: Int = 1) -> TranscriptError {
        TranscriptError(
          path: path, line: number, column: column, message: message, sourceLine: line)
      }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if trimmed == "---" {
        conversations.append(current)
        current = Transcript.Conversation(
          customerID: current.customerID, role: current.role, agent: current.agent,
          today: current.today)
        current.steps = []
        continue
      }
      let marker = trimmed.first!
      let body = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
      switch marker {
      case ">":
        guard !body.isEmpty else { throw fail("'>' needs the line to type") }
        current.steps.append(Transcript.Step(text: body, line: number))
      case "=", "<":
        guard !current.steps.isEmpty else {
          throw fail("'\(marker)' must follow a '>' line")
        }
        guard !body.isEmpty else { throw fail("'\(marker)' needs an expected value", column: 2) }
        let expectation: Transcript.Expectation
        if marker == "=" {
          expectation = .intent(body, line: number)
        } else if body.count >= 2, body.hasPrefix("/"), body.hasSuffix("/") {
          let pattern = String(body.dropFirst().dropLast())
          do {
            _ = try NSRegularExpression(pattern: pattern)
          } catch {
            throw fail("invalid regular expression '\(pattern)'", column: 3)
          }
          expectation = .matches(pattern, line: number)
        } else {
          expectation = .contains(body, line: number)
        }
        current.steps[current.steps.count - 1].expectations.append(expectation)
      case "@":
        let parts = body.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw fail("'@' needs a setting and a value", column: 2) }
        switch parts[0] {
        case "as": current.customerID = parts[1]
        case "role": current.role = parts[1]
        case "agent": current.agent = parts[1]
        case "today":
          guard CalendarDay(text: parts[1]) != nil else {
            // The value ends the line.
            let start = line.range(of: parts[1], options: .backwards)?.lowerBound
            let column = start.map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 2
            throw fail("'@today' needs a day as YYYY-MM-DD, got '\(parts[1])'", column: column)
          }
          current.today = parts[1]
        default:
          throw fail(
            "unknown setting '\(parts[0])' (expected as, role, agent or today)", column: 2)
        }
      default:
        throw fail("unexpected line: expected '>', '=', '<', '@', '#' or '---'")
      }
    }
    conversations.append(current)
    return Transcript(path: path, conversations: conversations.filter { !$0.steps.isEmpty })
  }
}
