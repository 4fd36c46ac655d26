import Testing

@Test func placeholderIntentMatching() {}
