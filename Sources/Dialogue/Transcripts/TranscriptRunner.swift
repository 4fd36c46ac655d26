import Foundation
import IntentMatching
import Office

/// Runs transcripts against an engine and reports each failing expectation.
public struct TranscriptRunner {
  /// Answers a slash command typed in a transcript (supplied by the console).
  public typealias CommandRunner = (_ line: String, _ session: Session) -> String

  private let engine: DialogueEngine
  private let runCommand: CommandRunner?

  /// Creates a runner; `runCommand` answers lines starting with `/`.
  public init(engine: DialogueEngine, runCommand: CommandRunner? = nil) {
    self.engine = engine
    self.runCommand = runCommand
  }

  /// Parses `text`, read from `path`, and runs it; a parse error is one failed check.
  public func run(text: String, path: String, into report: inout Report) {
    do {
      run(try TranscriptParser.parse(text, path: path), into: &report)
    } catch {
      report.record(Case(path: path, line: error.line, name: "parse", failure: Failure(error)))
    }
  }

  /// Runs every conversation of `transcript`, each in a new session, and adds to `report`.
  ///
  /// Each conversation is judged on its `@today` (invoices and relative dates), or on stored
  /// statuses without one; the engine's reference day (and classifier, when a day wrapped it)
  /// are restored after.
  public func run(_ transcript: Transcript, into report: inout Report) {
    let savedDay = engine.referenceDay
    var dated: (base: any IntentClassifier, day: CalendarDay?)?
    defer {
      engine.referenceDay = savedDay
      if let dated { engine.replaceCatalog(engine.catalog, classifier: dated.base) }
    }
    for conversation in transcript.conversations {
      let session: Session
      switch makeSession(conversation) {
      case .success(let made): session = made
      case .failure(let failure):
        let line = conversation.steps.first?.line ?? 1
        report.record(
          Case(
            path: transcript.path, line: line, name: "conversation",
            failure: Failure(path: transcript.path, line: line, message: failure.text)))
        continue
      }
      // Relative dates are read on the day too: the classifier is wrapped while a day is set.
      engine.referenceDay = conversation.today
      let day = conversation.today.flatMap(CalendarDay.init(text:))
      if day != dated?.day {
        let base = dated?.base ?? engine.classifier
        let classifier: any IntentClassifier =
          if let day {
            ReferenceDayClassifier(base: base, today: day, entities: engine.catalog.entities)
          } else {
            base
          }
        engine.replaceCatalog(engine.catalog, classifier: classifier)
        dated = (base, day)
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
        report.record(
          Case(
            path: path, line: step.line, name: "> \(step.text)",
            failure: Failure(path: path, line: step.line, message: "error: \(error.description)")
          ))
        return
      }
    }
    for expectation in step.expectations {
      let failure = Self.problem(with: expectation, reply: reply, intent: intent).map {
        Failure(path: path, line: expectation.line, message: $0)
      }
      report.record(
        Case(path: path, line: expectation.line, name: expectation.written, failure: failure))
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
