import Testing

@Test func placeholderDialogue() {}
