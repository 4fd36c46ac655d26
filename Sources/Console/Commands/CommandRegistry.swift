/// The console's slash commands by name, with the closest-name suggestion for typos.
public struct CommandRegistry {
  /// The commands in `/help` order.
  public private(set) var commands: [SlashCommand]

  /// Creates a registry.
  public init(_ commands: [SlashCommand]) {
    self.commands = commands
  }

  /// The command with that name (without the slash), if any.
  public func command(named name: String) -> SlashCommand? {
    commands.first { $0.name == name }
  }

  /// The known name closest to `name` by edit distance, when it is close enough to be a typo.
  public func closest(to name: String) -> String? {
    let scored = commands.map { ($0.name, EditDistance.between(name, $0.name)) }
    guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else {
      return nil
    }
    let prefixMatch = commands.first { $0.name.hasPrefix(name) || name.hasPrefix($0.name) }
    if best.1 <= max(2, name.count / 2) { return best.0 }
    return prefixMatch?.name
  }

  /// The names, with a slash, that start with `prefix` (which includes the slash).
  public func names(startingWith prefix: String) -> [String] {
    commands.map { "/" + $0.name }.filter { $0.hasPrefix(prefix) }
  }
}

/// Levenshtein distance over characters.
enum EditDistance {
  /// The number of insertions, deletions and substitutions turning `a` into `b`.
  static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
