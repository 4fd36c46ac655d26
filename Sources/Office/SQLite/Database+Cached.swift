import GRDB

extension Database {
  /// Rows of `sql`, through the connection's statement cache (hot lookups parse SQL once).
  func rows(_ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
    try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
  }

  /// Executes `sql` through the statement cache (hot writes compile their SQL once).
  func run(_ sql: String, _ arguments: StatementArguments = []) throws {
    try cachedStatement(sql: sql).execute(arguments: arguments)
  }

  /// The first row of `sql`, through the statement cache.
  func row(_ sql: String, _ arguments: StatementArguments = []) throws -> Row? {
    try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
  }
}

/// A LIKE pattern matching `text` anywhere, with `%`, `_` and `\` escaped (use `ESCAPE '\'`).
package func containsPattern(_ text: String) -> String {
  "%" + likeEscaped(text) + "%"
}

/// A LIKE pattern matching values starting with `text` (use `ESCAPE '\'`).
package func prefixPattern(_ text: String) -> String {
  likeEscaped(text) + "%"
}

private func likeEscaped(_ text: String) -> String {
  var result = ""
  for character in text {
    if character == "%" || character == "_" || character == "\\" { result.append("\\") }
    result.append(character)
  }
  return result
}
