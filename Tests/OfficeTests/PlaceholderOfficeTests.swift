import Testing

@Test func placeholderOffice() {}
