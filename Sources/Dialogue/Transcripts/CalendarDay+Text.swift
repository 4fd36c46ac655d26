import IntentMatching

extension CalendarDay {
  /// The day written `YYYY-MM-DD`, or nil when `text` is not a real calendar day in that form.
  init?(text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
    // A day past the end of its month (2026-02-30) comes back from the calendar as another day.
    guard (1...12).contains(month), adding(days: 0).description == text else { return nil }
  }
}
