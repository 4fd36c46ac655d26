/// Who a session acts as; decides which records it may read and change.
public enum Role: String, Sendable, Codable, CaseIterable {
  case customer, agent, finance, hr, it, legal, admin
}
