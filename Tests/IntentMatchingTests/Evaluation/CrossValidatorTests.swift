import Testing

@testable import IntentMatching

struct CrossValidatorTests {
  /// `order_help` only repeats `order_status` examples, so held out they go to `order_status`.
  static let catalogText = """
    intents:
      - name: order_status
        examples:
          - where is my order
          - order status please
          - track my order
          - has my order shipped
          - my order is late
          - when does my order arrive
          - is my order on the way
          - order tracking number
          - did you send my order
          - my order has not come
      - name: order_help
        examples:
          - when does my order arrive
          - is my order on the way
          - order tracking number
          - did you send my order
          - my order has not come
      - name: password_reset
        examples:
          - forgot my password
          - reset password
          - password does not work
          - change my password
          - new password please
    """

  @Test func warnsAboutAnIntentItsExamplesDoNotReach() throws {
    let catalog = try CatalogLoader.load(files: [("intents/a.yml", Self.catalogText)]).catalog
    let results = CrossValidator.results(for: catalog)
    #expect(results.first { $0.intent == "password_reset" }?.reached == 5)
    let warnings = CrossValidator.warnings(for: catalog).map(\.description)
    #expect(
      warnings == [
        "intents/a.yml:14:5: warning: intent 'order_help' not reached by its own examples under "
          + "cross-validation (0 of 5; most went to 'order_status') (see intents/a.yml:2:5)"
      ])
  }
}
