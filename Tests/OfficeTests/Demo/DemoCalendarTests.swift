import Testing

@testable import Office

@Suite struct DemoCalendarTests {
  @Test(arguments: [
    (0, "2026-11-01"), (-1, "2026-10-31"), (30, "2026-12-01"), (61, "2027-01-01"),
    (-304, "2026-01-01"), (-1_400, "2023-01-01"),
  ])
  func dayOffsets(offset: Int, expected: String) {
    #expect(DemoCalendar.day(offset) == expected)
    #expect(DemoCalendar.offset(of: expected) == offset)
  }

  @Test func epochIsMidnightUTC() {
    #expect(DemoCalendar.epoch.timeIntervalSince1970 == 1_793_491_200)
  }

  @Test func splitMix64IsStable() {
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
  }
}
