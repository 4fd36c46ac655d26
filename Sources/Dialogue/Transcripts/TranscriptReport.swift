extension TranscriptRunner {
  /// One expectation that did not hold.
  public struct Failure: Sendable, Equatable, CustomStringConvertible {
    /// The transcript file.
    public var path: String
    /// The 1-based line of the expectation.
    public var line: Int
    /// What was expected and what came.
    public var message: String
    /// Whether ``message`` names its own place (`path:line:column: error: ...`, as a parse
    /// error does), so that it prints alone.
    public var messageIsLocated: Bool

    /// Creates a failure.
    public init(path: String, line: Int, message: String, messageIsLocated: Bool = false) {
      self.path = path
      self.line = line
      self.message = message
      self.messageIsLocated = messageIsLocated
    }

    /// The failure of a file that does not parse: the error, printed with its path once.
    public init(_ error: TranscriptError) {
      self.init(
        path: error.path, line: error.line, message: error.description, messageIsLocated: true)
    }

    /// `path:line: message` (a located message alone).
    public var description: String { messageIsLocated ? message : "\(path):\(line): \(message)" }
  }

  /// One check of a transcript: an expectation, or a line or conversation that could not run.
  public struct Case: Sendable, Equatable {
    /// The transcript file.
    public var path: String
    /// The 1-based line it was written on.
    public var line: Int
    /// What was checked, as written: `= greeting`, `< shipped`, `> hello` (a line that failed
    /// before its expectations), `@role wizard`, or `parse` for a file that does not parse.
    public var name: String
    /// Why it failed, or nil when it held.
    public var failure: Failure?

    /// Creates a case.
    public init(path: String, line: Int, name: String, failure: Failure? = nil) {
      self.path = path
      self.line = line
      self.name = name
      self.failure = failure
    }
  }

  /// The tally of a run.
  public struct Report: Sendable, Equatable {
    /// Every check, in file order.
    public private(set) var cases: [Case] = []

    /// An empty report.
    public init() {}

    /// Checks that held.
    public var passed: Int { cases.count { $0.failure == nil } }

    /// Checks that did not, in file order.
    public var failures: [Failure] { cases.compactMap(\.failure) }

    /// `N passed, N failed`.
    public var summary: String { "\(passed) passed, \(cases.count - passed) failed" }

    /// Adds one check.
    public mutating func record(_ check: Case) {
      cases.append(check)
    }

    /// Adds the checks of `other` after these (the next file's, say).
    public mutating func append(_ other: Report) {
      cases += other.cases
    }
  }
}
