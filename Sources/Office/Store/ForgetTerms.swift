/// What every backend's `forgetCustomer` writes and looks for, so that the two erase alike.
package enum ForgetTerms {
  /// The text that replaces what was erased.
  package static let redacted = "(redacted)"
  /// A forgotten customer's name.
  package static let tombstone = "(forgotten)"

  /// A forgotten customer's email (unique, and never deliverable).
  package static func tombstoneEmail(_ number: Int64) -> String {
    "forgotten-\(number)@invalid.invalid"
  }

  /// The texts naming the customer wherever they were typed (a colleague's line, a search): the
  /// name, email and phone of three characters or more, not already a tombstone, with A-Z
  /// lowercased and nothing else changed, as SQL's `lower()` does to ASCII.
  package static func searchTerms(name: String?, email: String?, phone: String?) -> [String] {
    [name, email, phone].compactMap { $0 }
      .filter { $0.count >= 3 && $0 != tombstone && !$0.hasSuffix("@invalid.invalid") }
      .map {
        String(decoding: $0.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
      }
  }
}
