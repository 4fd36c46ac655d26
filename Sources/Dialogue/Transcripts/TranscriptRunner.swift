import Foundation
import IntentMatching
import Office

/// Runs transcripts against an engine and reports each failing expectation.
public struct TranscriptRunner {
  /// One expectation that did not hold.
  public struct Failure: Sendable, Equatable, CustomStringConvertible {
    /// The transcript file.
    public var path: String
    /// The 1-based line of the expectation.
    public var line: Int
    /// What was expected and what came.
    public var message: String

    /// Creates a failure.
    public init(path: String, line: Int, message: String) {
      self.path = path
      self.line = line
      self.message = message
    }

    /// `path:line: message`.
    public var description: String { "\(path):\(line): \(message)" }
  }

  /// The tally of a run.
  public struct Report: Sendable, Equatable {
    /// Expectations that held.
    public var passed = 0
    /// Expectations that did not, in file order.
    public var failures: [Failure] = []

    /// An empty report.
    public init() {}

    /// `N passed, N failed`.
    public var summary: String { "\(passed) passed, \(failures.count) failed" }
  }

  /// Answers a slash command typed in a transcript (supplied by the console).
  public typealias CommandRunner = (_ line: String, _ session: Session) -> String

  private let engine: DialogueEngine
  private let runCommand: CommandRunner?

  /// Creates a runner; `runCommand` answers lines starting with `/`.
  public init(engine: DialogueEngine, runCommand: CommandRunner? = nil) {
    self.engine = engine
    self.runCommand = runCommand
  }

  /// Runs every conversation of `transcript`, each in a new session, and adds to `report`.
  public func run(_ transcript: Transcript, into report: inout Report) {
    for conversation in transcript.conversations {
      let session: Session
      switch makeSession(conversation) {
      case .success(let made): session = made
      case .failure(let failure):
        report.failures.append(
          Failure(
            path: transcript.path, line: conversation.steps.first?.line ?? 1,
            message: failure.text))
        continue
      }
      for step in conversation.steps {
        check(step, in: session, path: transcript.path, report: &report)
      }
      try? engine.endConversation(of: session)
    }
  }

  private func check(
    _ step: Transcript.Step, in session: Session, path: String, report: inout Report
  ) {
    let reply: String
    var intent: String?
    if step.text.hasPrefix("/"), let runCommand {
      reply = runCommand(step.text, session)
    } else {
      do {
        let turn = try engine.respond(to: step.text, in: session)
        reply = turn.reply
        intent = turn.intent
      } catch {
        report.failures.append(
          Failure(path: path, line: step.line, message: "error: \(error.description)"))
        return
      }
    }
    for expectation in step.expectations {
      if let problem = Self.problem(with: expectation, reply: reply, intent: intent) {
        report.failures.append(Failure(path: path, line: expectation.line, message: problem))
      } else {
        report.passed += 1
      }
    }
  }

  /// Why `expectation` does not hold for the reply, or `nil` when it does.
  static func problem(with expectation: Transcript.Expectation, reply: String, intent: String?)
    -> String?
  {
    switch expectation {
    case .intent(let expected, _):
      guard let intent else { return "expected intent '\(expected)', but the line was a command" }
      return intent == expected ? nil : "expected intent '\(expected)', got '\(intent)'"
    case .contains(let text, _):
      return reply.lowercased().contains(text.lowercased())
        ? nil : "expected the reply to contain '\(text)', got '\(Self.oneLine(reply))'"
    case .matches(let pattern, _):
      let regex = try? BoundedPattern(pattern: pattern, caseInsensitive: true)
      let range = NSRange(reply.startIndex..., in: reply)
      return regex?.firstMatch(in: reply, range: range) != nil
        ? nil : "expected the reply to match /\(pattern)/, got '\(Self.oneLine(reply))'"
    }
  }

  private func makeSession(_ conversation: Transcript.Conversation) -> Result<Session, FailureText>
  {
    var role: Role = conversation.customerID == nil ? .agent : .customer
    if let name = conversation.role {
      guard let parsed = Role(rawValue: name) else {
        let valid = Role.allCases.map(\.rawValue).joined(separator: ", ")
        return .failure(FailureText("unknown role '\(name)' (expected one of \(valid))"))
      }
      role = parsed
    }
    let settings = SessionSettings(
      role: role, customerID: conversation.customerID, agent: conversation.agent, channel: .test,
      roleIsExplicit: conversation.role != nil)
    return .success(Session(settings: settings))
  }

  private static func oneLine(_ text: String) -> String {
    let flat = text.replacingOccurrences(of: "\n", with: " ")
    return flat.count > 120 ? String(flat.prefix(117)) + "..." : flat
  }
}

/// A failure message as an `Error`, for `Result`.
struct FailureText: Error, ExpressibleByStringLiteral {
  let text: String
  init(_ text: String) { self.text = text }
  init(stringLiteral value: String) { self.text = value }
}
