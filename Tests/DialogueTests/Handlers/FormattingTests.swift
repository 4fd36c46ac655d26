import Foundation
import IntentMatching
import Office
import Testing

@testable import Dialogue

/// Money and dates read the way each language writes them.
@Suite struct FormattingTests {
  @Test(arguments: [
    (Money(cents: 123_450, currency: "USD"), Language.english, "$1,234.50"),
    (Money(cents: 123_450, currency: "USD"), Language.japanese, "1,234.50ドル"),
    (Money(cents: 1_280_000, currency: "JPY"), Language.english, "¥12,800"),
    (Money(cents: 1_280_000, currency: "JPY"), Language.japanese, "12,800円"),
    (Money(cents: -505, currency: "USD"), Language.english, "-$5.05"),
    (Money(cents: 99, currency: "GBP"), Language.english, "0.99 GBP"),
  ])
  func money(amount: Money, language: Language, expected: String) {
    #expect(Formatting.money(amount, language) == expected)
  }

  @Test(arguments: [
    ("2026-12-01", Language.english, "Dec 1, 2026"),
    ("2026-12-01", Language.japanese, "2026年12月1日"),
    ("2027-08-08", Language.english, "Aug 8, 2027"),
    ("soon", Language.english, "soon"),
  ])
  func dates(day: String, language: Language, expected: String) {
    #expect(Formatting.date(day, language) == expected)
  }

  @Test(arguments: [
    ([Role.finance, .admin], "finance"),
    ([Role.customer, .finance, .admin], "finance"),
    ([Role.customer, .agent, .finance, .admin], "agent or finance"),
    ([Role.admin], "admin"),
  ])
  func roles(roles: [Role], expected: String) {
    #expect(Formatting.roles(roles, .english) == expected)
  }
}
