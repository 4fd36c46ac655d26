extension ConversationStatistics {
  /// Sets the volumes and counts from a backend's totals by key, in the report's order: channels
  /// and agents by size, days and hours in time order, outcomes and intents by count. Both
  /// backends compute the totals in SQL and hand them here, so their reports cannot differ.
  package mutating func fill(
    conversationsByChannel: [String: Int], turnsByChannel: [String: Int],
    conversationsByDay: [String: Int], turnsByDay: [String: Int],
    conversationsByAgent: [String: Int], turnsByAgent: [String: Int],
    escalationsByAgent: [String: Int], outcomes: [String: Int], intents: [String: Int],
    hours: [String: Int]
  ) {
    func volumes(_ conversations: [String: Int], _ turns: [String: Int]) -> [Volume] {
      Set(conversations.keys).union(turns.keys).map {
        .init(key: $0, conversations: conversations[$0] ?? 0, turns: turns[$0] ?? 0)
      }
    }
    func counts(_ values: [String: Int]) -> [Count] {
      values.map { .init(name: $0.key, count: $0.value) }
    }
    let bySize: (Volume, Volume) -> Bool = {
      ($0.conversations, $0.turns, $1.key) > ($1.conversations, $1.turns, $0.key)
    }
    channels = volumes(conversationsByChannel, turnsByChannel).sorted(by: bySize)
    days = volumes(conversationsByDay, turnsByDay).sorted { $0.key < $1.key }
    agents = volumes(conversationsByAgent, turnsByAgent).map {
      var volume = $0
      volume.escalations = escalationsByAgent[$0.key] ?? 0
      return volume
    }.sorted(by: bySize)
    self.outcomes = counts(outcomes).sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    self.intents = counts(intents).sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    self.hours = counts(hours).sorted { $0.name < $1.name }
  }
}
