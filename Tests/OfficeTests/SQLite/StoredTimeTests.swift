import Foundation
import Testing

@testable import Office

@Suite struct StoredTimeTests {
  @Test(arguments: [
    (0.0, "1970-01-01 00:00:00.000"), (1_793_491_200.0, "2026-11-01 00:00:00.000"),
    (1_793_523_845.25, "2026-11-01 09:04:05.250"), (951_782_400.007, "2000-02-29 00:00:00.007"),
    (-1.5, "1969-12-31 23:59:58.500"), (4_102_444_799.999, "2099-12-31 23:59:59.999"),
    (1_793_577_600.09, "2026-11-02 00:00:00.090"),
  ])
  func roundTrip(seconds: Double, text: String) throws {
    let date = Date(timeIntervalSince1970: seconds)
    #expect(StoredTime.text(date) == text)
    let back = try #require(StoredTime.date(text))
    #expect(abs(back.timeIntervalSince1970 - seconds) < 0.001)
  }

  @Test(arguments: ["2026-11-01", "2026-11-01 09:30", "2026-11-01 09:30:15"])
  func shorterForms(text: String) {
    #expect(StoredTime.date(text) != nil)
  }

  @Test(arguments: ["", "yesterday", "2026/11/01"])
  func malformed(text: String) {
    #expect(StoredTime.date(text) == nil)
  }
}
