import PostgresNIO

/// The named prepared statements of one connection, by SQL text.
///
/// A statement with binds runs unnamed (parsed and planned at each run, in the same round trip)
/// until it runs a second time on the connection; it is then prepared once and executed by name
/// from there on, as pgjdbc does after its `prepareThreshold`. Statements run once (most of a
/// one-shot `ask`) cost no extra round trip, and the ones every turn or lookup runs skip parsing
/// and planning on the server. A new connection starts with none.
struct PreparedStatements {
  /// The run of a statement at which it is prepared.
  static let threshold = 2
  /// The most statements kept prepared on one connection; later ones run unnamed.
  static let capacity = 256
  /// The most statement texts whose runs are counted before the counts start again (statements
  /// whose text varies, such as a bulk insert's last chunk, are then forgotten).
  static let countedTexts = 4 * capacity

  /// What to do with a statement about to run.
  enum Plan {
    /// Execute the statement prepared earlier.
    case execute(PreparedQuery)
    /// Prepare it now, then execute it (``remember(_:for:on:)``).
    case prepare
    /// Run it unnamed.
    case runUnnamed

    /// Whether the statement runs prepared.
    var isPrepared: Bool {
      if case .runUnnamed = self { return false }
      return true
    }
  }

  /// The connection the statements below were prepared on (held, so that a new connection is
  /// never taken for it).
  private var connection: PostgresConnection?
  private var prepared: [String: PreparedQuery] = [:]
  private var runs: [String: Int] = [:]

  /// The plan for running `sql` on `connection`, counting this run.
  mutating func plan(_ sql: String, on connection: PostgresConnection) -> Plan {
    follow(connection)
    if let query = prepared[sql] { return .execute(query) }
    guard prepared.count < Self.capacity else { return .runUnnamed }
    if runs.count >= Self.countedTexts { runs.removeAll(keepingCapacity: true) }
    let count = runs[sql, default: 0] + 1
    runs[sql] = count
    return count >= Self.threshold ? .prepare : .runUnnamed
  }

  /// Keeps `query`, prepared from `sql` on `connection`, for the statement's next runs.
  mutating func remember(_ query: PreparedQuery, for sql: String, on connection: PostgresConnection)
  {
    follow(connection)
    prepared[sql] = query
    runs[sql] = nil
  }

  /// Forgets every statement (after the server refused to run one as prepared, say because a
  /// table it reads changed its columns): each is prepared again at its next runs.
  mutating func forgetAll() {
    prepared.removeAll()
    runs.removeAll()
  }

  /// The number of statements prepared on the current connection.
  var count: Int { prepared.count }

  /// Starts afresh when `connection` is not the one the statements were prepared on.
  private mutating func follow(_ connection: PostgresConnection) {
    guard connection !== self.connection else { return }
    self.connection = connection
    forgetAll()
  }
}
