import Testing

@testable import IntentMatching

struct CatalogLinterTests {
  @Test func sameExampleUnderTwoIntents() throws {
    let text = """
      intents:
        - name: refund_status
          examples: [where is my refund, Money back?]
        - name: return_policy
          examples: [money back]
      """
    let warnings = try CatalogLoader.load(files: [("intents/a.yml", text)]).warnings
    #expect(
      warnings.map(\.description) == [
        "intents/a.yml:5:16: warning: example 'money back' of 'return_policy' is also an example of 'refund_status' (see intents/a.yml:3:36)"
      ])
  }

  @Test func keywordClaimedByTwoIntents() throws {
    let first = """
      intents:
        - name: invoice_status
          keywords: [invoice]
          examples: [is my invoice paid]
      """
    let second = """
      intents:
        - name: update_contact
          keywords:
            en: [email, Invoice]
          examples: [send invoices to a new email]
      """
    let warnings = try CatalogLoader.load(files: [
      ("intents/finance.yml", first), ("intents/account.yml", second),
    ]).warnings
    #expect(
      warnings.map(\.description) == [
        "intents/account.yml:4:19: warning: keyword 'Invoice' of 'update_contact' is also claimed by 'invoice_status' (see intents/finance.yml:3:16)"
      ])
    #expect(warnings.first?.otherLocation?.path == "intents/finance.yml")
  }

  @Test func outOfScopeExampleThatIsAnIntentExample() throws {
    let text = """
      intents:
        - name: greeting
          examples: [hello]
      out_of_scope: [Hello!]
      """
    let warnings = try CatalogLoader.load(files: [("intents/a.yml", text)]).warnings
    #expect(
      warnings.map(\.description) == [
        "intents/a.yml:4:16: warning: out-of-scope example 'Hello!' is also an example of 'greeting' (see intents/a.yml:3:16)"
      ])
  }

  @Test func cleanCatalogHasNoWarnings() throws {
    let text = """
      intents:
        - name: greeting
          keywords: [hello]
          examples: [hello there]
        - name: goodbye
          keywords: [bye]
          examples: [bye now]
      """
    #expect(try CatalogLoader.load(files: [("intents/a.yml", text)]).warnings.isEmpty)
  }
}
