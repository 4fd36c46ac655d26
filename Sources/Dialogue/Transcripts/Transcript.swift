/// A parsed `*.chat` file: conversations of lines, each with its expectations.
public struct Transcript: Sendable, Equatable {
  /// One conversation (between `---` separators).
  public struct Conversation: Sendable, Equatable {
    /// `@as`, `@role`, `@agent` and `@today` settings in force for the conversation.
    public var customerID: String?
    /// The role set with `@role`.
    public var role: String?
    /// The agent set with `@agent`.
    public var agent: String?
    /// The reference day set with `@today` (`YYYY-MM-DD`): invoices and relative dates are
    /// judged on it; without it statuses are read as stored.
    public var today: String?
    /// The lines typed, in order.
    public var steps: [Step] = []

    /// Creates an empty conversation.
    public init(
      customerID: String? = nil, role: String? = nil, agent: String? = nil, today: String? = nil
    ) {
      self.customerID = customerID
      self.role = role
      self.agent = agent
      self.today = today
    }
  }

  /// One typed line and what its reply must show.
  public struct Step: Sendable, Equatable {
    /// The line typed (after `> `).
    public var text: String
    /// Its 1-based line number in the file.
    public var line: Int
    /// The expectations written under it.
    public var expectations: [Expectation] = []

    /// Creates a step.
    public init(text: String, line: Int, expectations: [Expectation] = []) {
      self.text = text
      self.line = line
      self.expectations = expectations
    }
  }

  /// What a reply must show.
  public enum Expectation: Sendable, Equatable {
    /// `= name`: the intent of the line.
    case intent(String, line: Int)
    /// `< text`: a case-insensitive substring of the reply.
    case contains(String, line: Int)
    /// `< /regex/`: a regular expression the reply matches.
    case matches(String, line: Int)

    /// The 1-based line it was written on.
    public var line: Int {
      switch self {
      case .intent(_, let line), .contains(_, let line), .matches(_, let line): line
      }
    }

    /// The expectation as written in the file: `= name`, `< text` or `< /regex/`.
    public var written: String {
      switch self {
      case .intent(let name, _): "= \(name)"
      case .contains(let text, _): "< \(text)"
      case .matches(let pattern, _): "< /\(pattern)/"
      }
    }
  }

  /// The file it was read from.
  public var path: String
  /// Its conversations.
  public var conversations: [Conversation]

  /// Creates a transcript.
  public init(path: String, conversations: [Conversation]) {
    self.path = path
    self.conversations = conversations
  }
}
