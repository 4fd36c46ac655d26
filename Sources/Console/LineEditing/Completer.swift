/// Tab completion, kept apart from the terminal so it is unit-tested.
public struct Completer {
  /// The result of completing the word before the cursor.
  public struct Completion: Equatable, Sendable {
    /// Text to insert at the cursor (the rest of the common prefix, plus a space when unique).
    public var insertion: String
    /// Every candidate, to list when there are several.
    public var candidates: [String]
    /// Whether more records match than were fetched (customers come from a search with a
    /// limit), so that the list says so instead of counting only what it holds.
    public var isPartial = false
  }

  /// Candidates from the records: the first ones found, and whether there are more.
  public struct Pool: Equatable, Sendable {
    /// The candidates fetched.
    public var candidates: [String]
    /// Whether the search stopped at its limit.
    public var isPartial: Bool

    /// Creates a pool.
    public init(_ candidates: [String], isPartial: Bool = false) {
      self.candidates = candidates
      self.isPartial = isPartial
    }
  }

  private let registry: CommandRegistry
  private let intentNames: () -> [String]
  private let customers: (String) -> Pool

  /// Creates a completer over the commands, the intent names and a customer search.
  public init(
    registry: CommandRegistry, intentNames: @escaping () -> [String],
    customers: @escaping (String) -> Pool
  ) {
    self.registry = registry
    self.intentNames = intentNames
    self.customers = customers
  }

  /// Completes `text`, the line up to the cursor.
  public func complete(_ text: String) -> Completion {
    guard text.hasPrefix("/") else { return Completion(insertion: "", candidates: []) }
    guard let space = text.firstIndex(of: " ") else {
      return finish(word: text, candidates: registry.names(startingWith: text).sorted())
    }
    let name = String(text[text.index(after: text.startIndex)..<space])
    guard let command = registry.command(named: name) else {
      return Completion(insertion: "", candidates: [])
    }
    let word = String(text[text.index(after: space)...].split(separator: " ").last ?? "")
    let startsNewWord = text.hasSuffix(" ")
    let typed = startsNewWord ? "" : word
    let pool: Pool
    switch command.completion {
    case .none: pool = Pool([])
    case .intents: pool = Pool(intentNames())
    case .customers: pool = customers(typed)
    case .words(let words): pool = Pool(words)
    }
    var completion = finish(
      word: typed, candidates: pool.candidates.filter { $0.hasPrefix(typed) }.sorted())
    if pool.isPartial, !completion.candidates.isEmpty {
      // Records not fetched may share less of the word: nothing is inserted.
      completion.insertion = ""
      completion.isPartial = true
    }
    return completion
  }

  private func finish(word: String, candidates: [String]) -> Completion {
    guard let first = candidates.first else { return Completion(insertion: "", candidates: []) }
    if candidates.count == 1 {
      return Completion(
        insertion: String(first.dropFirst(word.count)) + " ", candidates: candidates)
    }
    var common = first
    for candidate in candidates.dropFirst() {
      while !candidate.hasPrefix(common) { common.removeLast() }
    }
    return Completion(insertion: String(common.dropFirst(word.count)), candidates: candidates)
  }
}
